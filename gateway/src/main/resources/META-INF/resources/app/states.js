// Names of a build's states and lifecycle actions: Simplified Chinese, or the API's own codes in English.
import { language } from './i18n.js';

export const STATE_ZH = { DRAFT: '草稿', SUBMITTED: '已受理', VILLAGE_REVIEWED: '村级审查', SITE_SURVEYED: '已踏勘',
  BOOK_ISSUED: '已核发选址意见书', PERMITTED: '已核发规划许可证', UNDER_CONSTRUCTION: '施工中', COMPLETED: '已竣工',
  ARCHIVED: '已归档', REJECTED: '不予许可', WITHDRAWN: '已撤回', SUSPENDED: '已停工', REVOKED: '已撤销' };
export const ACTION_ZH = { submit: '提交申请', 'village-review': '村级审查通过', survey: '现场踏勘', 'issue-book': '核发选址意见书',
  'issue-certificate': '核发乡村建设规划许可证', 'assign-crew': '指定施工队伍', 'start-construction': '开工（定点放线）', complete: '竣工验收',
  archive: '归档', reject: '不予许可', withdraw: '撤回', suspend: '停工', resume: '复工', revoke: '撤销许可' };

const zh = () => language() !== 'en';
export const stateLabel = (s) => (s && zh() ? STATE_ZH[s] || s : s || '');
export const actionLabel = (a) => (a && zh() ? ACTION_ZH[a] || a : a || '');
