import type { AuditStrings } from './zh.ts';

const en: AuditStrings = {
  title: 'Audit log',
  intro: 'Who did what, and when: logins, robot changes, sends, API keys created and used. Newest first.',
  tableLabel: 'Audit entries',
  filter: {
    label: 'Action',
    all: 'All actions',
  },
  shown: '{{count}} shown',
  columns: {
    at: 'Time',
    actor: 'Who',
    action: 'Action',
    target: 'Target',
    details: 'Details',
  },
  actorKinds: {
    user: 'User',
    apiKey: 'API key',
    system: 'System',
  },
  actions: {
    auth: {
      login: 'Logged in',
      login_failed: 'Login failed',
      logout: 'Logged out',
      password_change: 'Changed own password',
    },
    robot: {
      create: 'Robot added',
      update: 'Robot changed',
      delete: 'Robot deleted',
      test: 'Robot tested',
    },
    user: {
      create: 'User added',
      update: 'User changed',
      delete: 'User deleted',
    },
    apikey: {
      create: 'API key created',
      revoke: 'API key revoked',
      use: 'API key used',
    },
    delivery: {
      create: 'Message sent',
    },
  },
  details: {
    pair: '{{key}}: {{value}}',
    yes: 'yes',
    no: 'no',
    keys: {
      username: 'Username',
      role: 'Role',
      disabled: 'Disabled',
      passwordChanged: 'Password reset',
      firstAdmin: 'First admin',
      method: 'Request',
      path: 'Path',
      name: 'Name',
      fields: 'Changed',
      waiting: 'Waiting',
      ok: 'Succeeded',
      errcode: 'Error code',
      prefix: 'Key prefix',
      reason: 'Reason',
      address: 'From address',
      robotName: 'Robot',
      robotId: 'Robot ID',
      templateId: 'Template ID',
    },
    values: {
      role: { admin: 'admin', editor: 'editor' },
      reason: { unknown_user: 'no such user', wrong_password: 'wrong password', disabled: 'account disabled' },
      fields: { name: 'name', webhook: 'webhook', secret: 'signing secret', keywords: 'keywords', coalesce: 'digest' },
    },
  },
  loadMore: 'Load more',
  end: 'No older entries',
  empty: 'No entries yet',
  emptyFiltered: 'No entries for this action',
  loadError: 'Cannot load the audit log: {{message}}',
};

export default en;
