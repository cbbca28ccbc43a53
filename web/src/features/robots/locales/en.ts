import type { RobotsStrings } from './zh.ts';

const en: RobotsStrings = {
  title: 'Robots',
  add: 'Add robot',
  intro:
    'In the DingTalk group settings → Group assistant → Add a custom robot, copy its webhook URL (and its signing secret) and paste them here.',
  tokensHidden: 'Tokens and signing secrets are kept encrypted on the server once saved and are never shown again.',
  listLabel: 'Robots',
  loadError: 'Cannot load the robots: {{message}}',
  empty: {
    title: 'No robots yet',
    body: 'Add a DingTalk custom robot, or try sending with the built-in Sandbox robot first.',
  },
  card: {
    token: 'Token {{hint}}',
    signed: 'Signed',
    unsigned: 'Not signed',
    sandbox: 'Sandbox',
    coalesce: 'Digest when backed up',
    keywords: 'Keywords:',
    noKeywords: 'No keywords',
    sandboxNote:
      'The built-in Sandbox robot sends to the DingTalk emulator on this machine; read what it got in the sandbox inbox.',
  },
  actions: {
    test: 'Send test',
    testing: 'Sending test…',
    edit: 'Edit',
    delete: 'Delete',
    moreFor: 'Actions for {{name}}',
  },
  test: {
    ok: 'Test message delivered',
    failed: 'The test did not go through',
    dismiss: 'Dismiss result',
  },
  form: {
    addTitle: 'Add robot',
    editTitle: 'Edit robot',
    name: 'Name',
    nameHelp: 'Shown only in dingpost, e.g. “Ops alerts group”',
    webhook: 'Webhook URL',
    webhookHelp: 'Paste the whole URL DingTalk gives: https://oapi.dingtalk.com/robot/send?access_token=…',
    webhookReplace: 'New webhook URL',
    webhookReplaceHelp: 'Leave empty to keep the current token ({{hint}})',
    secret: 'Signing secret',
    secretHelp:
      'The “Sign” (加签) setting in the robot’s security settings, starting with SEC; leave empty if not enabled',
    secretReplace: 'New signing secret',
    secretReplaceHelp: 'Leave empty to keep the current secret',
    removeSecret: 'Remove signing (when the robot no longer uses it)',
    keywords: 'Keywords',
    keywordsHelp: 'The custom keywords from the robot’s security settings, at most {{max}}; press Enter to add',
    keywordAdd: 'Add keyword',
    keywordRemove: 'Remove keyword {{keyword}}',
    keywordRepeated: 'The keyword “{{keyword}}” is already in the list',
    coalesce: 'Merge a backlog into one digest message',
    coalesceHelp: 'When messages queue up behind the 20-per-minute limit, send the queued ones as one markdown digest',
    sandboxLocked: 'The Sandbox robot’s token, secret and keywords are managed by dingpost and cannot be changed.',
    tokensNote: 'Once saved, the token and secret are never shown again; to change them, paste new ones.',
    submitAdd: 'Add',
    submitEdit: 'Save',
    saving: 'Saving…',
    failed: 'Could not save: {{message}}',
  },
  /** Why the server refused a webhook, by the issue code it answers (WEBHOOK_ISSUE_CODES, webhook_taken). */
  issues: {
    webhook_not_url:
      'This is not a webhook URL: paste the whole URL from the robot’s settings (https://oapi.dingtalk.com/robot/send?access_token=…) or just the access_token',
    webhook_wrong_origin:
      'Only DingTalk robot webhooks (https://oapi.dingtalk.com/robot/send?access_token=…) are accepted: dingpost never posts to any other host, scheme, port or path',
    webhook_no_token: 'The URL has no access_token: copy the whole webhook URL from the robot’s settings',
    webhook_bad_token:
      'The access_token in the URL does not look like one DingTalk issues: copy it again from the robot’s settings',
    webhook_taken:
      'This webhook is already added as the robot “{{name}}”: one DingTalk robot added twice would be sent more than its 20 messages a minute. Use “{{name}}” instead',
  },
  confirmDelete: {
    title: 'Delete robot “{{name}}”?',
    body: 'Its token and secret are removed from dingpost; the history of what it sent stays. The robot in the DingTalk group is not affected.',
    confirm: 'Delete',
    failed: 'Could not delete: {{message}}',
    busy: 'It still has messages waiting to be sent. Delete it once they are sent, or delete it now and they are marked failed.',
    force: 'Delete anyway',
  },
  saved: 'Saved “{{name}}”',
  deleted: 'Deleted “{{name}}”',
};

export default en;
