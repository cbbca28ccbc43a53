/** Strings of logging in, the account menu and the admin-only notice (namespace "auth"). */
const zh = {
  login: {
    title: '登录 dingpost',
    intro: '请使用管理员为你创建的账号登录。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    invalid: '用户名或密码不正确。',
    rateLimited: '尝试次数过多，请 {{count}} 分钟后再试。',
    expired: '登录已过期，请重新登录后继续。',
  },
  session: {
    retry: '重试',
  },
  reauth: {
    title: '登录已过期，请重新登录',
    body: '你在此页面上填写的内容都还在。以 {{username}} 重新登录即可继续，刚才没有完成的保存或发送会在登录后自动重试。',
    sameUser: '只能以同一账号重新登录；要换账号，请退出登录。',
    logOut: '退出登录',
  },
  menu: {
    label: '账号：{{username}}',
    changePassword: '修改密码',
    logout: '退出登录',
  },
  password: {
    title: '修改密码',
    current: '当前密码',
    new: '新密码',
    newHelp: '至少 {{min}} 个字符',
    confirm: '再次输入新密码',
    submit: '修改',
    saving: '正在修改…',
    wrong: '当前密码不正确',
    failed: '修改失败：{{message}}',
    done: '密码已修改，此账号在其他设备上的登录已退出。',
  },
  roles: {
    admin: '管理员',
    editor: '编辑',
  },
  needsAdmin: {
    title: '需要管理员权限',
    body: '此页面只对管理员开放，你（{{username}}）当前是编辑角色。',
    hint: '如需管理机器人、用户、API 密钥或查看审计日志，请联系 dingpost 的管理员。撰写、模板、发送记录和沙箱收件箱仍可正常使用。',
    back: '返回撰写',
  },
};

export type AuthStrings = typeof zh;
export default zh;
