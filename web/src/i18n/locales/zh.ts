/** App-wide strings (namespace "common"). Feature strings live in features/<name>/locales. */
const zh = {
  appName: 'dingpost',
  nav: {
    label: '主导航',
    open: '打开导航',
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
    pageLoad: '这一页没能加载：可能连不上服务器，或 dingpost 刚更新过。请确认 dingpost 正在运行，然后重新加载。',
  },
  password: {
    show: '显示密码',
    hide: '隐藏密码',
  },
  actions: {
    retry: '重试',
    cancel: '取消',
    close: '关闭',
    save: '保存',
    delete: '删除',
    copy: '复制',
    copied: '已复制',
  },
  /** Escape or a click beside a form dialog holding unsaved input. */
  discard: {
    title: '放弃填写的内容？',
    body: '关闭后，这个对话框里填写的内容不会保存。',
    keep: '继续填写',
    confirm: '放弃',
  },
  /** Message kinds as the composer's kind picker names them (features/composer/locales: kinds). */
  /** What a template variable's label, default and sample are for (the template editor and save-as-template). */
  variableHelp: {
    label: '发送时表单上显示的名字，例如“新人姓名”；留空则显示变量名',
    default: '发送时预先填好，留空不填时使用',
    sample: '用于预览，并在发送时作为输入提示',
  },
  messageKinds: {
    text: '文本',
    link: '链接',
    markdown: 'Markdown',
    actionCard: '卡片',
    actionCardWhole: '卡片（整体跳转）',
    actionCardIndependent: '卡片（独立跳转）',
    feedCard: '信息流卡片',
  },
  /** What became of a send (templates and history). */
  delivery: {
    outcome: {
      queued: '已排队：第 {{position}} 位，预计 {{time}} 发送。',
      queuedNoEta: '已排队，稍后发送。',
      sending: '正在发送…',
      sent: '已发送到群里。',
      digested: '已与其他积压消息合并成一条摘要发送。',
      failed: '发送失败。',
    },
    dingtalkSaid: '钉钉返回：errcode {{errcode}}，{{errmsg}}',
    /** No errcode: DingTalk gave no answer (network, HTTP error, unreadable reply) or none was asked. */
    detail: '详情：{{errmsg}}',
    history: '在发送记录中查看',
    sendError: {
      keyword_missing: '消息里没有机器人的关键词（{{keywords}}），钉钉会拒收。请在内容中加入其中一个。',
      keyword_missing_hidden: '消息里没有这个机器人要求的关键词，钉钉会拒收。请向管理员询问关键词，并加入内容。',
      message_too_long: '消息超过钉钉 20000 字节的上限，请删减内容。',
      other: '无法发送：{{message}}',
    },
  },
  /** Between the items of a list written in a sentence. */
  listSeparator: '、',
  /** Where in a message a problem is: lib/field-place.ts. */
  fieldPlace: {
    placed: '{{place}}：{{text}}',
    atLine: '{{field}}第 {{line}} 行',
    fields: {
      text: { content: '内容' },
      link: { title: '标题', text: '内容', messageUrl: '链接地址', picUrl: '图片地址' },
      markdown: { title: '标题', text: '内容' },
      actionCard: {
        title: '标题',
        text: '内容',
        singleTitle: '按钮文字',
        singleURL: '按钮链接',
        btnOrientation: '按钮排列',
        hideAvatar: '隐藏头像',
        btns: { n: { actionURL: '按钮 {{n}} 链接', title: '按钮 {{n}} 文字' } },
      },
      feedCard: {
        links: { n: { title: '条目 {{n}} 标题', messageURL: '条目 {{n}} 链接', picURL: '条目 {{n}} 图片地址' } },
      },
      at: '@ 提醒',
    },
  },
};

export type CommonStrings = typeof zh;
export default zh;
