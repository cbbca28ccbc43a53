/** Strings of the users page (namespace "users"). */
const zh = {
  title: '用户',
  add: '添加用户',
  intro:
    '管理员可以管理机器人、用户、API 密钥并查看审计日志；编辑可以撰写、管理模板、发送消息和查看记录，但看不到机器人的令牌、密钥和关键词。',
  listLabel: '用户列表',
  loadError: '无法加载用户：{{message}}',
  roles: {
    admin: '管理员',
    editor: '编辑',
  },
  roleHelp: {
    admin: '可以管理机器人、用户和 API 密钥',
    editor: '可以撰写和发送，但不能管理机器人和用户',
  },
  card: {
    you: '你',
    disabled: '已停用',
    created: '创建于 {{date}}',
    role: '角色',
    failed: '未能修改：{{message}}',
  },
  actions: {
    resetPassword: '重置密码',
    disable: '停用',
    enable: '启用',
    delete: '删除',
  },
  create: {
    title: '添加用户',
    username: '用户名',
    usernameHelp: '登录时使用，例如 zhangsan',
    password: '初始密码',
    passwordHelp: '至少 {{min}} 个字符；请通过安全的渠道告诉对方',
    role: '角色',
    submit: '添加',
    saving: '正在保存…',
    failed: '添加失败：{{message}}',
  },
  reset: {
    title: '重置“{{username}}”的密码',
    body: '设置新密码后，该用户所有已登录的会话都会退出，需要用新密码重新登录。',
    password: '新密码',
    submit: '重置密码',
    failed: '重置失败：{{message}}',
  },
  confirmDelete: {
    title: '删除用户“{{username}}”？',
    body: '该用户会立即退出登录，且无法再登录。TA 发送过的记录和审计日志仍会保留。',
    confirm: '删除',
    failed: '无法删除：{{message}}',
  },
  errors: {
    last_admin: '这是最后一个能登录的管理员：请先把另一位用户设为管理员。',
    username_taken: '已有同名用户，请换一个用户名。',
  },
  notice: {
    created: '已添加用户“{{username}}”',
    role: {
      admin: '“{{username}}”现在是管理员',
      editor: '“{{username}}”现在是编辑',
    },
    disabled: '已停用“{{username}}”',
    enabled: '已启用“{{username}}”',
    passwordReset: '已重置“{{username}}”的密码',
    deleted: '已删除用户“{{username}}”',
  },
};

export type UsersStrings = typeof zh;
export default zh;
