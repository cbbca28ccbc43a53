import type { PreviewStrings } from './zh.ts';

const en: PreviewStrings = {
  robot: 'Robot',
  avatarLabel: 'Avatar of {{name}}',
  region: 'Message preview',
  notificationTitle: 'Shown in the chat list and notifications: {{title}}',
  noTitle: '(no title)',
  empty: '(empty)',
  imageMissing: 'Image',
  imageBroken: 'Image failed to load',
  button: 'Button',
  readMore: 'Read more',
  mentionAll: '@everyone',
  unknown: 'This message cannot be previewed',
};

export default en;
