/** Strings of the robots page (namespace "robots"). */
const zh = {
  title: '机器人',
  add: '添加机器人',
  intro: '在钉钉群设置 → 智能群助手 → 添加自定义机器人，复制它的 Webhook 地址（以及加签密钥），粘贴到这里。',
  tokensHidden: '令牌和加签密钥保存后只加密存放在服务器上，之后不会再显示。',
  listLabel: '机器人列表',
  loadError: '无法加载机器人：{{message}}',
  empty: {
    title: '还没有机器人',
    body: '添加一个钉钉自定义机器人，或先用内置的沙箱机器人试发消息。',
  },
  card: {
    token: '令牌 {{hint}}',
    signed: '已加签',
    unsigned: '未加签',
    sandbox: '沙箱',
    coalesce: '积压时合并为摘要',
    keywords: '关键词：',
    noKeywords: '无关键词',
    sandboxNote: '内置的沙箱机器人把消息发到本机的钉钉模拟器，可在沙箱收件箱查看。',
  },
  actions: {
    test: '发送测试',
    testing: '正在发送测试…',
    edit: '编辑',
    delete: '删除',
    moreFor: '{{name}} 的操作',
  },
  test: {
    ok: '测试消息已送达',
    failed: '测试未成功',
    dismiss: '关闭结果',
  },
  form: {
    addTitle: '添加机器人',
    editTitle: '编辑机器人',
    name: '名称',
    nameHelp: '仅在 dingpost 中显示，例如“运维告警群”',
    webhook: 'Webhook 地址',
    webhookHelp: '粘贴钉钉给出的完整地址 https://oapi.dingtalk.com/robot/send?access_token=…',
    webhookReplace: '新的 Webhook 地址',
    webhookReplaceHelp: '留空则保留当前令牌（{{hint}}）',
    secret: '加签密钥',
    secretHelp: '机器人安全设置中“加签”一项，以 SEC 开头；未开启加签则留空',
    secretReplace: '新的加签密钥',
    secretReplaceHelp: '留空则保留当前密钥',
    removeSecret: '移除加签（机器人已关闭加签时）',
    keywords: '关键词',
    keywordsHelp: '与机器人安全设置中的自定义关键词一致，最多 {{max}} 个；按回车添加',
    keywordAdd: '添加关键词',
    keywordRemove: '移除关键词 {{keyword}}',
    keywordRepeated: '关键词“{{keyword}}”已经在列表里了',
    coalesce: '积压时合并为一条摘要消息',
    coalesceHelp: '消息超过每分钟 20 条的限制而排队时，把排队的消息合并成一条 Markdown 摘要发送',
    sandboxLocked: '沙箱机器人的令牌、密钥和关键词由 dingpost 管理，不能修改。',
    tokensNote: '保存后令牌和密钥不会再显示；如需更换，请重新粘贴。',
    submitAdd: '添加',
    submitEdit: '保存',
    saving: '正在保存…',
    failed: '保存失败：{{message}}',
  },
  /** Why the server refused a webhook, by the issue code it answers (WEBHOOK_ISSUE_CODES, webhook_taken). */
  issues: {
    webhook_not_url:
      '这不是 Webhook 地址：请粘贴钉钉机器人设置中给出的完整地址（https://oapi.dingtalk.com/robot/send?access_token=…），或只粘贴 access_token',
    webhook_wrong_origin:
      '只接受钉钉机器人的 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=…）：dingpost 不会向其他主机、协议、端口或路径发送消息',
    webhook_no_token: '这个地址缺少 access_token：请从机器人设置中复制完整的 Webhook 地址',
    webhook_bad_token: '地址中的 access_token 不像钉钉签发的令牌：请从机器人设置中重新复制',
    webhook_taken:
      '这个 Webhook 已添加为机器人“{{name}}”：同一个钉钉机器人添加两次，合起来会超过每分钟 20 条的限制。请直接使用“{{name}}”',
  },
  confirmDelete: {
    title: '删除机器人“{{name}}”？',
    body: '它的令牌和密钥会从 dingpost 中删除；已发送的记录仍保留。钉钉群里的机器人不受影响。',
    confirm: '删除',
    failed: '删除失败：{{message}}',
    busy: '它还有消息在排队等待发送。可以等它们发完再删除；现在删除，这些消息会被标为发送失败。',
    force: '仍然删除',
  },
  saved: '已保存“{{name}}”',
  deleted: '已删除“{{name}}”',
};

export type RobotsStrings = typeof zh;
export default zh;
