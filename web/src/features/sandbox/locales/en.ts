import type { SandboxStrings } from './zh.ts';

const en: SandboxStrings = {
  title: 'Sandbox inbox',
  intro: 'What the built-in DingTalk emulator received, shown as the group would see it, newest first.',
  refresh: 'Refresh',
  autoRefresh: 'Auto refresh',
  listLabel: 'Received messages',
  loadError: 'Cannot load the sandbox messages: {{message}}',
  receivedAt: 'Received {{time}}',
  robotName: 'Sandbox / 沙箱机器人',
  showJson: 'Show JSON',
  hideJson: 'Hide JSON',
  jsonLabel: 'Message JSON',
  copyJson: 'Copy JSON',
  copied: 'Copied',
  ofMessage: '{{what}}: {{message}} (received {{time}})',
  count: 'Messages: {{count}}',
  empty: {
    title: 'No messages in the sandbox yet',
    body: 'In the composer, pick the robot “{{robot}}” and send: the message shows up here, no DingTalk account needed. Like a real robot, it checks keywords: the message must contain one of {{keywords}}.',
    compose: 'Compose a message',
  },
};

export default en;
