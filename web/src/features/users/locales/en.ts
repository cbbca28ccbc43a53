import type { UsersStrings } from './zh.ts';

const en: UsersStrings = {
  title: 'Users',
  add: 'Add user',
  intro:
    'Admins manage robots, users and API keys and read the audit log; editors compose, manage templates, send and read history, but never see a robot’s token, secret or keywords.',
  listLabel: 'Users',
  loadError: 'Cannot load the users: {{message}}',
  roles: {
    admin: 'Admin',
    editor: 'Editor',
  },
  roleHelp: {
    admin: 'Manages robots, users and API keys',
    editor: 'Composes and sends, but cannot manage robots or users',
  },
  card: {
    you: 'You',
    disabled: 'Disabled',
    created: 'Created {{date}}',
    role: 'Role',
    failed: 'Not changed: {{message}}',
  },
  actions: {
    resetPassword: 'Reset password',
    disable: 'Disable',
    enable: 'Enable',
    delete: 'Delete',
  },
  create: {
    title: 'Add user',
    username: 'Username',
    usernameHelp: 'Used to log in, e.g. alice',
    password: 'Initial password',
    passwordHelp: 'At least {{min}} characters; hand it over through a safe channel',
    role: 'Role',
    submit: 'Add',
    saving: 'Saving…',
    failed: 'Not added: {{message}}',
  },
  reset: {
    title: 'Reset the password of “{{username}}”',
    body: 'With a new password, every session of this user ends: they log in again with the new one.',
    password: 'New password',
    submit: 'Reset password',
    failed: 'Not reset: {{message}}',
  },
  confirmDelete: {
    title: 'Delete the user “{{username}}”?',
    body: 'They are logged out at once and cannot log in again. What they sent and the audit log stay.',
    confirm: 'Delete',
    failed: 'Cannot delete: {{message}}',
  },
  errors: {
    last_admin: 'This is the last admin who can log in: make another user an admin first.',
    username_taken: 'There is already a user with this name: choose another.',
  },
  notice: {
    created: 'Added the user “{{username}}”',
    role: {
      admin: '“{{username}}” is now an admin',
      editor: '“{{username}}” is now an editor',
    },
    disabled: 'Disabled “{{username}}”',
    enabled: 'Enabled “{{username}}”',
    passwordReset: 'Reset the password of “{{username}}”',
    deleted: 'Deleted the user “{{username}}”',
  },
};

export default en;
