/** Strings of the sandbox inbox (namespace "sandbox"). */
const zh = {
  title: '沙箱收件箱',
  intro: '内置钉钉模拟器收到的消息，按群里看到的样子显示，最新的在前。',
  refresh: '刷新',
  autoRefresh: '自动刷新',
  listLabel: '收到的消息',
  loadError: '无法加载沙箱消息：{{message}}',
  receivedAt: '收到于 {{time}}',
  /** The built-in robot's name until the robots list says what it is called now. */
  robotName: 'Sandbox / 沙箱机器人',
  showJson: '查看 JSON',
  hideJson: '隐藏 JSON',
  jsonLabel: '消息 JSON',
  copyJson: '复制 JSON',
  copied: '已复制',
  /** A per-message control's name: its visible label, then which message (buttons repeat on every card). */
  ofMessage: '{{what}}：{{message}}（收到于 {{time}}）',
  count: '共 {{count}} 条',
  empty: {
    title: '沙箱里还没有消息',
    body: '在撰写页选择机器人“{{robot}}”并发送，消息会出现在这里，无需钉钉账号。它和真实机器人一样检查关键词：消息里要包含 {{keywords}} 之一。',
    compose: '去撰写消息',
  },
};

export type SandboxStrings = typeof zh;
export default zh;
