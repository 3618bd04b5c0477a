// Labels of the inspector's app and the officer's pages: Simplified Chinese first, English on request. One dictionary, no library.
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
  hazardType: '隐患类型', STRUCTURE: '主体结构', FOUNDATION: '地基基础', MATERIALS: '建筑材料',
  SCAFFOLDING_FALL_PROTECTION: '脚手架与临边防护', TEMPORARY_ELECTRICITY: '临时用电', SITE_SAFETY: '现场安全',
  UNQUALIFIED_CREW: '施工队伍无资质', DEVIATES_FROM_PERMIT: '未按许可建设', OTHER: '其他',
  findingsAndNotices: '隐患与通知', rectificationNotice: '整改通知书', stopWorkNotice: '停工通知书',
  recordAndIssue: '记录隐患并下发整改通知', deadlineDefault: '按等级默认 {days} 天，可修改',
  alsoStopWork: '同时下达停工通知', stopReason: '停工原因', remove: '删除',
  autoStopWork: '重大隐患、无资质施工或未按许可建设：同步后系统自动下达停工通知',
  openNotices: '未销号通知', noticeQueued: '待同步', noticeIssued: '已下发', noticeAuto: '随隐患自动下达',
  alreadyInForce: '该建房已有生效的停工通知', suspended: '已停工', noNotices: '暂无未销号通知',
  closedNotices: '已销号、已解除的通知', closedOut: '已销号', lifted: '已解除', voided: '已撤销认定', voidHazard: '撤销隐患认定',
  voidReason: '撤销隐患认定的理由（将退回已扣信用分）', voidDone: '已撤销该隐患认定，已扣信用分将退回', more: '更多…', earlierBuilds: '该户以往建房',
  searchButton: '查找', noResults: '没有找到', searchOfflineNote: '离线：只在本机保存的今日列表中查找',
  searchTitle: '查找农户', searchResults: '查找结果', review: '审查', permitState: '状态',
  relogin: '重新登录', reloginHint: '登录已过期。本机待同步的 {n} 条记录已保留，登录后自动同步，不会丢失或重复。',
  reloginOffline: '登录已过期，联网后请重新登录；待同步的记录已保留。',
  heldForOthers: '本机有 {n} 条 {user} 的待同步记录，已为其保留，须由 {user} 本人登录后同步，不会以您的名义发送。',
  owner: '记录人', timeline: '时间线', unavailable: '暂不可用', noData: '暂无数据',
  applications: '申请', countyOverview: '全县概况',
  sec_applicationsOverdue: '超期未办的申请', sec_visitsDueToday: '今日应到场巡查', sec_visitsOverdue: '逾期未到场巡查',
  sec_offSiteVisitsToReview: '未在现场的巡查（待核查）', sec_noticesPastDeadline: '逾期未整改的通知',
  sec_stopWorksInForce: '生效中的停工通知', sec_crewsQualificationExpiring: '30 天内资质到期的施工队伍',
  completionRate: '到场巡查完成率', closeOutRate: '隐患整改销号率', byStateTitle: '各乡镇申请状态',
  ratesTitle: '按月趋势（近 12 个月）', issuedOn: '下发', dueOn: '期限', lateDays: '超期 {n} 个工作日',
  visitOn: '巡查', historyEntry: '审批', history: '审批记录',
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
  hazardType: 'Hazard type', STRUCTURE: 'Structure', FOUNDATION: 'Foundation', MATERIALS: 'Materials',
  SCAFFOLDING_FALL_PROTECTION: 'Scaffolding / fall protection', TEMPORARY_ELECTRICITY: 'Temporary electricity',
  SITE_SAFETY: 'Site safety', UNQUALIFIED_CREW: 'Unqualified crew', DEVIATES_FROM_PERMIT: 'Deviates from permit',
  OTHER: 'Other', findingsAndNotices: 'Hazards and notices', rectificationNotice: 'Rectification notice',
  stopWorkNotice: 'Stop-work notice', recordAndIssue: 'Record hazard and issue notice',
  deadlineDefault: 'Default for the grade: {days} days; may be changed', alsoStopWork: 'Also issue a stop-work notice',
  stopReason: 'Reason for stopping work', remove: 'Remove',
  autoStopWork: 'Critical hazard, unqualified crew or deviation from the permit: the system stops the works on sync',
  openNotices: 'Open notices', noticeQueued: 'Waiting to sync', noticeIssued: 'Issued', noticeAuto: 'Issued with the hazard',
  alreadyInForce: 'A stop-work notice is already in force on this build', suspended: 'Works stopped',
  closedNotices: 'Closed-out and lifted notices', closedOut: 'Closed out', lifted: 'Lifted', voided: 'Voided',
  voidHazard: 'Void the hazard', voidReason: 'Why the hazard is voided (the credit it cost is given back)',
  voidDone: 'Hazard voided; the credit it cost is given back', more: 'More…',
  earlierBuilds: "The household's earlier builds",
  noNotices: 'No open notices', searchButton: 'Search', noResults: 'Nothing found',
  searchOfflineNote: "Offline: searching only today's list kept on this phone", searchTitle: 'Find a household',
  searchResults: 'Results', review: 'Review', permitState: 'State',
  relogin: 'Log in again', reloginHint: 'Session expired. The {n} queued records are kept on this phone and sync after you log in — nothing lost, nothing twice.',
  reloginOffline: 'Session expired: log in again when online; queued records are kept.',
  heldForOthers: '{n} queued records of {user} are kept on this phone for them; only {user} can sync them, never under your name.',
  owner: 'Recorded by', timeline: 'Timeline', unavailable: 'Not available right now', noData: 'No data yet',
  applications: 'Applications', countyOverview: 'County overview',
  sec_applicationsOverdue: 'Applications past a time limit', sec_visitsDueToday: 'Visits due today',
  sec_visitsOverdue: 'Visits overdue', sec_offSiteVisitsToReview: 'Off-site visits to review',
  sec_noticesPastDeadline: 'Notices past deadline', sec_stopWorksInForce: 'Stop-work notices in force',
  sec_crewsQualificationExpiring: 'Crews whose qualification expires within 30 days',
  completionRate: 'Mandatory-visit completion rate', closeOutRate: 'Rectification close-out rate',
  byStateTitle: 'Applications by state per township', ratesTitle: 'Monthly trend (last 12 months)',
  issuedOn: 'Issued', dueOn: 'Due', lateDays: '{n} working days late', visitOn: 'Visit', historyEntry: 'Decision', history: 'Lifecycle',
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
