const zh = {
  robot: '机器人',
  avatarLabel: '{{name}} 的头像',
  region: '消息预览',
  notificationTitle: '会话列表与通知显示：{{title}}',
  noTitle: '（无标题）',
  empty: '（空）',
  imageMissing: '图片',
  imageBroken: '图片无法加载',
  button: '按钮',
  readMore: '阅读全文',
  mentionAll: '@所有人',
  unknown: '无法预览这种消息',
};

export type PreviewStrings = typeof zh;
export default zh;
