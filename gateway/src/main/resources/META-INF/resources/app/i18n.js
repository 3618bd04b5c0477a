// Labels of the inspector's app: Simplified Chinese first, English on request. One dictionary, no library.
const zh = {
  appName: '安居巡查', login: '登录', logout: '退出', username: '用户名', password: '密码',
  today: '今日', search: '查找', outbox: '待同步', overview: '概况', worklist: '工作台',
  online: '在线', offline: '离线', syncNow: '立即同步', retry: '重试', syncing: '正在同步…',
  dueToday: '今日应到场', overdue: '已逾期', noItems: '暂无事项', nearest: '按距离排序',
  searchHint: '户主姓名或申请编号', open: '打开', back: '返回',
  file: '一户一档', application: '申请', crew: '施工队伍', visits: '巡查记录', notices: '整改通知',
  startVisit: '开始巡查', checkIn: '到场签到', position: '位置', accuracy: '精度',
  offSite: '不在现场：距离工地 {d} 米，超出 {r} 米范围。本次巡查将被标记，不计入阶段验收。',
  onSite: '已在现场（距离工地 {d} 米）', noPosition: '无法获取位置',
  yes: '是', no: '否', na: '不适用', remark: '备注', finding: '隐患', addFinding: '记录隐患',
  grade: '等级', GENERAL: '一般', MAJOR: '较大', CRITICAL: '重大', description: '描述',
  deadline: '整改期限', responsible: '责任人', photos: '照片', addPhoto: '拍照', acknowledgement: '户主/班组长确认',
  outcome: '结论', PASSED: '通过', PASSED_WITH_CONDITIONS: '有条件通过', FAILED: '不通过', NOT_ON_SITE: '未到场',
  save: '保存', saved: '已保存，待同步', issueRectification: '下发整改通知', issueStopWork: '下发停工通知',
  pending: '待同步', synced: '已同步', refused: '被拒绝', waiting: '等待网络',
  required: '必填', loginFailed: '用户名或密码错误', sessionExpired: '登录已过期，待同步的数据已保留，请重新登录',
  SITE_SURVEY: '选址踏勘', SETTING_OUT: '定点放线', FOUNDATION_TRENCH: '基槽验收', KEY_MILESTONE: '重要节点',
  MAIN_STRUCTURE: '主体完工', COMPLETION_ACCEPTANCE: '竣工验收', ROUTINE_PATROL: '日常巡查', RECHECK: '复查',
  COMPLAINT: '投诉核查', language: 'English', partial: '部分信息暂不可用',
};
const en = {
  appName: 'Anju inspections', login: 'Log in', logout: 'Log out', username: 'User name', password: 'Password',
  today: 'Today', search: 'Search', outbox: 'Outbox', overview: 'Overview', worklist: 'Worklist',
  online: 'Online', offline: 'Offline', syncNow: 'Sync now', retry: 'Retry', syncing: 'Syncing…',
  dueToday: 'Due today', overdue: 'Overdue', noItems: 'Nothing here', nearest: 'Nearest first',
  searchHint: 'Household head or application number', open: 'Open', back: 'Back',
  file: 'Household file', application: 'Application', crew: 'Crew', visits: 'Visits', notices: 'Notices',
  startVisit: 'Start visit', checkIn: 'Check in', position: 'Position', accuracy: 'Accuracy',
  offSite: 'Not on site: {d} m from the site, beyond the {r} m radius. This visit will be flagged and will not count.',
  onSite: 'On site ({d} m from the site)', noPosition: 'Position unavailable',
  yes: 'Yes', no: 'No', na: 'N/A', remark: 'Remark', finding: 'Hazard', addFinding: 'Record a hazard',
  grade: 'Grade', GENERAL: 'General', MAJOR: 'Major', CRITICAL: 'Critical', description: 'Description',
  deadline: 'Deadline', responsible: 'Responsible person', photos: 'Photos', addPhoto: 'Take photo',
  acknowledgement: 'Owner / crew leader acknowledgement',
  outcome: 'Outcome', PASSED: 'Passed', PASSED_WITH_CONDITIONS: 'Passed with conditions', FAILED: 'Failed',
  NOT_ON_SITE: 'Not on site', save: 'Save', saved: 'Saved, waiting to sync',
  issueRectification: 'Issue rectification notice', issueStopWork: 'Issue stop-work notice',
  pending: 'Waiting', synced: 'Synced', refused: 'Refused', waiting: 'Waiting for network',
  required: 'Required', loginFailed: 'Wrong user name or password',
  sessionExpired: 'Session expired; queued work is kept. Please log in again.',
  SITE_SURVEY: 'Site survey', SETTING_OUT: 'Setting-out', FOUNDATION_TRENCH: 'Foundation trench',
  KEY_MILESTONE: 'Key milestone', MAIN_STRUCTURE: 'Main structure', COMPLETION_ACCEPTANCE: 'Completion acceptance',
  ROUTINE_PATROL: 'Routine patrol', RECHECK: 'Re-check', COMPLAINT: 'Complaint', language: '中文',
  partial: 'Some parts are unavailable right now',
};

let current = localStorage.getItem('anju.lang') === 'en' ? en : zh;

export function t(key, params = {}) {
  const text = current[key] ?? zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

export function toggleLanguage() {
  const next = current === zh ? 'en' : 'zh';
  localStorage.setItem('anju.lang', next);
  current = next === 'en' ? en : zh;
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
}

export function language() {
  return current === zh ? 'zh-CN' : 'en';
}
