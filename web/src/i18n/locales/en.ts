import type { CommonStrings } from './zh.ts';

const en: CommonStrings = {
  appName: 'dingpost',
  nav: {
    label: 'Main navigation',
    composer: 'Composer',
    templates: 'Templates',
    history: 'History',
    sandbox: 'Sandbox inbox',
    robots: 'Robots',
    users: 'Users',
    apiKeys: 'API keys',
    audit: 'Audit log',
  },
  language: {
    switchTo: '中文',
    switchHint: 'Switch to Chinese',
  },
  theme: {
    label: 'Theme: {{mode}} (click to change)',
    light: 'light',
    dark: 'dark',
    system: 'system',
  },
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  notFound: {
    title: 'Page not found',
    back: 'Back to the composer',
  },
  error: {
    title: 'Something went wrong',
    retry: 'Reload',
    network: 'Cannot reach the server: is dingpost running?',
  },
  password: {
    show: 'Show password',
    hide: 'Hide password',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    delete: 'Delete',
    copy: 'Copy',
    copied: 'Copied',
  },
};

export default en;
