import type { ApiKeysStrings } from './zh.ts';

const en: ApiKeysStrings = {
  title: 'API keys',
  add: 'Create API key',
  intro:
    'Scripts and CI call dingpost with an API key, sent as the header Authorization: Bearer <key>. A key is shown once, when it is created; the server keeps only its hash.',
  scope:
    'A key may send messages (POST /api/deliveries), render and read templates, read deliveries and the robot list, and check messages; it cannot manage robots, users or keys.',
  listLabel: 'API keys',
  loadError: 'Cannot load the API keys: {{message}}',
  empty: {
    title: 'No API keys yet',
    body: 'Create one key per script or CI job, so each can be revoked on its own.',
  },
  card: {
    active: 'Active',
    revoked: 'Revoked',
    prefix: 'Prefix',
    createdBy: 'Created by',
    unknownUser: '(deleted user)',
    created: 'Created',
    lastUsed: 'Last used',
    neverUsed: 'Never',
    revokedAt: 'Revoked',
  },
  actions: {
    revoke: 'Revoke',
  },
  create: {
    title: 'Create API key',
    name: 'Name',
    nameHelp: 'Who uses it, e.g. “release pipeline”',
    submit: 'Create',
    saving: 'Creating…',
    failed: 'Not created: {{message}}',
  },
  created: {
    title: 'Created “{{name}}”',
    warningTitle: 'Copy the key now',
    warning:
      'Once this window is closed the key cannot be shown again. Keep it somewhere safe (such as your CI’s secret settings) and never commit it to a repository.',
    token: 'API key',
    curl: 'curl example',
    curlNote: 'The example sends a text message to the Sandbox robot; put another robot’s id in to reach a real group.',
    curlNoteNoRobot: 'Replace <robot id> with a robot’s id.',
    done: 'I have copied it, close',
  },
  copy: {
    button: 'Copy {{what}}',
    copied: 'Copied to the clipboard',
    manual: 'The clipboard is not available: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
  },
  revoke: {
    title: 'Revoke “{{name}}”?',
    body: 'Scripts using this key get 401 at once, and this cannot be undone; create a new key if one is still needed.',
    confirm: 'Revoke',
    failed: 'Not revoked: {{message}}',
  },
  revoked: 'Revoked “{{name}}”',
};

export default en;
