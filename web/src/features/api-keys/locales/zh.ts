/** Strings of the API keys page (namespace "api-keys"). */
const zh = {
  title: 'API 密钥',
  add: '创建 API 密钥',
  intro:
    '脚本和 CI 用 API 密钥调用 dingpost：在请求头中加上 Authorization: Bearer <密钥>。密钥只在创建时显示一次，服务器只保存它的哈希。',
  scope:
    '密钥的权限：发送消息（POST /api/deliveries）、渲染和读取模板、查看发送记录和机器人列表、检查消息；不能管理机器人、用户或密钥。',
  listLabel: 'API 密钥列表',
  loadError: '无法加载 API 密钥：{{message}}',
  empty: {
    title: '还没有 API 密钥',
    body: '为每个脚本或 CI 任务创建一个密钥，便于单独吊销。',
  },
  card: {
    active: '有效',
    revoked: '已吊销',
    prefix: '前缀',
    createdBy: '创建者',
    unknownUser: '（已删除的用户）',
    created: '创建时间',
    lastUsed: '最近使用',
    neverUsed: '从未使用',
    revokedAt: '吊销时间',
  },
  actions: {
    revoke: '吊销',
  },
  create: {
    title: '创建 API 密钥',
    name: '名称',
    nameHelp: '说明谁在用它，例如“发布流水线”',
    submit: '创建',
    saving: '正在创建…',
    failed: '创建失败：{{message}}',
  },
  created: {
    title: '已创建“{{name}}”',
    warningTitle: '请现在复制密钥',
    warning: '关闭此窗口后将无法再次查看该密钥。请把它保存到安全的地方（例如 CI 的密钥设置），不要提交到代码仓库。',
    token: 'API 密钥',
    curl: 'curl 示例',
    curlNote: '示例把一条文本消息发送到沙箱机器人；换成其他机器人的 ID 即可发到真实的群。',
    curlNoteNoRobot: '把 <robot id> 换成机器人的 ID。',
    done: '我已复制，关闭',
  },
  copy: {
    button: '复制{{what}}',
    copied: '已复制到剪贴板',
    manual: '无法访问剪贴板：文本已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  },
  revoke: {
    title: '吊销“{{name}}”？',
    body: '使用这个密钥的脚本会立即收到 401 错误，且无法恢复；如仍需使用，请创建新的密钥。',
    confirm: '吊销',
    failed: '吊销失败：{{message}}',
  },
  revoked: '已吊销“{{name}}”',
};

export type ApiKeysStrings = typeof zh;
export default zh;
