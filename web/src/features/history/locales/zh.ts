/** Strings of the history page (namespace "history"). */
const zh = {
  title: '发送记录',
  refresh: '刷新',
  listLabel: '发送记录列表',
  loadError: '无法加载发送记录：{{message}}',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  end: '没有更多记录了',
  filters: {
    label: '筛选',
    robot: '机器人',
    status: '状态',
    all: '全部',
  },
  status: {
    queued: '排队中',
    sending: '发送中',
    sent: '已发送',
    failed: '失败',
    digested: '已合并',
  },
  row: {
    created: '提交于 {{time}}',
    sent: '发送于 {{time}}',
    robot: '机器人：{{name}}',
    deletedRobot: '已删除的机器人',
    attempts: '尝试 {{count}} 次',
    queued: '排在第 {{position}} 位，预计 {{time}} 发送',
    queuedNoEta: '排队等待发送',
    sending: '正在发送…',
    digested: '已与其他积压消息合并成一条摘要发送',
    digestLink: '查看摘要消息',
    fromTemplate: '来自模板',
    fix: '原因与解决办法',
    showMessage: '查看消息',
    hideMessage: '收起消息',
    leftFilter: '状态已变为“{{status}}”，不再是“{{filter}}”：点“刷新”后不再列在这里。',
    noTitle: '（无标题）',
  },
  actions: {
    open: '在撰写页打开',
    resend: '重新发送',
    actionsFor: '{{title}} 的操作',
  },
  resend: {
    title: '重新发送这条消息？',
    body: '将把下面这条消息再次发送到“{{robot}}”，群里会再收到一次。',
    robotGone: '原来的机器人已删除，无法重新发送。',
    confirm: '确认重新发送',
    sending: '正在发送…',
    again: '完成',
  },
  digest: {
    title: '摘要消息',
    loading: '正在加载摘要…',
    error: '无法加载摘要：{{message}}',
  },
  empty: {
    title: '还没有发送记录',
    filtered: '没有符合筛选条件的记录',
    body: '在撰写页发送一条消息，它的状态会出现在这里。',
    compose: '去撰写消息',
    clear: '清除筛选',
  },
};

export type HistoryStrings = typeof zh;
export default zh;
