import type { AuthStrings } from './zh.ts';

const en: AuthStrings = {
  login: {
    title: 'Log in to dingpost',
    intro: 'Use the account an administrator created for you.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    invalid: 'Wrong username or password.',
    rateLimited: 'Too many attempts. Try again in {{count}} min.',
    expired: 'Your session has ended. Log in again to continue.',
  },
  session: {
    retry: 'Retry',
  },
  reauth: {
    title: 'Your session has ended — log in again to carry on',
    body: 'Everything you entered on this page is still here. Log in again as {{username}} to carry on: what you were saving or sending when it ended is then tried again.',
    sameUser: 'Only the same account can log in here; to switch accounts, log out.',
    logOut: 'Log out',
  },
  menu: {
    label: 'Account: {{username}}',
    changePassword: 'Change password',
    logout: 'Log out',
  },
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    newHelp: 'At least {{min}} characters',
    confirm: 'New password again',
    submit: 'Change',
    saving: 'Changing…',
    wrong: 'The current password is wrong',
    failed: 'Could not change it: {{message}}',
    done: 'Password changed. This account was logged out everywhere else.',
  },
  roles: {
    admin: 'Admin',
    editor: 'Editor',
  },
  needsAdmin: {
    title: 'Needs an admin',
    body: 'This page is for administrators only; you ({{username}}) are an editor.',
    hint: 'To manage robots, users or API keys, or to read the audit log, ask an administrator of this dingpost. Composing, templates, history and the sandbox inbox work as usual.',
    back: 'Back to the composer',
  },
};

export default en;
