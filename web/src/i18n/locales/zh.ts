/** App-wide strings (namespace "common"). Feature strings live in features/<name>/locales. */
const zh = {
  appName: 'dingpost',
  nav: {
    label: '主导航',
    composer: '撰写',
    templates: '模板',
    history: '发送记录',
    sandbox: '沙箱收件箱',
    robots: '机器人',
    users: '用户',
    apiKeys: 'API 密钥',
    audit: '审计日志',
  },
  language: {
    /** Shown on the switch: the language it switches to, in that language. */
    switchTo: 'English',
    switchHint: '切换到英文界面',
  },
  theme: {
    label: '主题：{{mode}}（点击切换）',
    light: '浅色',
    dark: '深色',
    system: '跟随系统',
  },
  skipToContent: '跳到主要内容',
  loading: '加载中…',
  notFound: {
    title: '页面不存在',
    back: '回到撰写页',
  },
  error: {
    title: '出了点问题',
    retry: '重新加载',
    network: '无法连接服务器，请确认 dingpost 正在运行。',
  },
  password: {
    show: '显示密码',
    hide: '隐藏密码',
  },
  actions: {
    cancel: '取消',
    close: '关闭',
    save: '保存',
    delete: '删除',
    copy: '复制',
    copied: '已复制',
  },
};

export type CommonStrings = typeof zh;
export default zh;
