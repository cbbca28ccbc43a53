/** Strings of the audit log page (namespace "audit"). */
const zh = {
  title: '审计日志',
  intro: '谁在什么时候做了什么：登录、机器人变更、发送、API 密钥的创建和使用。最新的在前。',
  tableLabel: '审计记录',
  filter: {
    label: '操作',
    all: '全部操作',
  },
  shown: '已显示 {{count}} 条',
  columns: {
    at: '时间',
    actor: '操作者',
    action: '操作',
    target: '对象',
    details: '详情',
  },
  actorKinds: {
    user: '用户',
    apiKey: 'API 密钥',
    system: '系统',
  },
  /** Nested like the action names: t(`actions.${action}`) finds 'auth.login' as actions → auth → login. */
  actions: {
    auth: {
      login: '登录',
      login_failed: '登录失败',
      logout: '退出登录',
      password_change: '修改自己的密码',
    },
    robot: {
      create: '添加机器人',
      update: '修改机器人',
      delete: '删除机器人',
      test: '测试机器人',
    },
    user: {
      create: '添加用户',
      update: '修改用户',
      delete: '删除用户',
    },
    apikey: {
      create: '创建 API 密钥',
      revoke: '吊销 API 密钥',
      use: '使用 API 密钥',
    },
    delivery: {
      create: '发送消息',
    },
  },
  details: {
    pair: '{{key}}：{{value}}',
    yes: '是',
    no: '否',
    keys: {
      username: '用户名',
      role: '角色',
      disabled: '已停用',
      passwordChanged: '重设了密码',
      firstAdmin: '首个管理员',
      method: '请求',
      path: '路径',
      name: '名称',
      fields: '修改了',
      waiting: '待发送',
      ok: '成功',
      errcode: '错误码',
      prefix: '密钥前缀',
      reason: '原因',
      address: '来源地址',
      robotName: '机器人',
      robotId: '机器人 ID',
      templateId: '模板 ID',
    },
    /** Known codes among the values, by key. */
    values: {
      role: { admin: '管理员', editor: '编辑' },
      reason: { unknown_user: '用户不存在', wrong_password: '密码错误', disabled: '账号已停用' },
      fields: { name: '名称', webhook: 'Webhook', secret: '加签密钥', keywords: '关键词', coalesce: '合并摘要' },
    },
  },
  loadMore: '加载更多',
  end: '没有更早的记录了',
  empty: '还没有审计记录',
  emptyFiltered: '没有这种操作的记录',
  loadError: '无法加载审计日志：{{message}}',
};

export type AuditStrings = typeof zh;
export default zh;
