import type { CommonStrings } from './zh.ts';

const en: CommonStrings = {
  appName: 'dingpost',
  nav: {
    label: 'Main navigation',
    open: 'Open navigation',
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
    pageLoad:
      'This page could not be loaded: the server cannot be reached, or dingpost was just updated. Check that dingpost is running, then reload.',
  },
  password: {
    show: 'Show password',
    hide: 'Hide password',
  },
  actions: {
    retry: 'Retry',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    delete: 'Delete',
    copy: 'Copy',
    copied: 'Copied',
  },
  discard: {
    title: 'Discard what you entered?',
    body: 'If you close this dialog, what you entered in it is not saved.',
    keep: 'Keep editing',
    confirm: 'Discard',
  },
  variableHelp: {
    label: 'What the send form calls it, e.g. “New hire’s name”; empty shows the variable’s name',
    default: 'Filled in when sending, and used when left empty',
    sample: 'Used in previews, and as the hint in the send form',
  },
  messageKinds: {
    text: 'Text',
    link: 'Link',
    markdown: 'Markdown',
    actionCard: 'ActionCard',
    actionCardWhole: 'ActionCard (one button)',
    actionCardIndependent: 'ActionCard (several buttons)',
    feedCard: 'FeedCard',
  },
  delivery: {
    outcome: {
      queued: 'Queued: number {{position}} in line, expected at {{time}}.',
      queuedNoEta: 'Queued; it goes out shortly.',
      sending: 'Sending…',
      sent: 'Sent to the group.',
      digested: 'Merged with other backed-up messages into one digest.',
      failed: 'Not sent.',
    },
    dingtalkSaid: 'DingTalk answered: errcode {{errcode}}, {{errmsg}}',
    /** No errcode: DingTalk gave no answer (network, HTTP error, unreadable reply) or none was asked. */
    detail: 'Details: {{errmsg}}',
    history: 'See it in History',
    sendError: {
      keyword_missing:
        'The message contains none of the robot’s keywords ({{keywords}}), so DingTalk would refuse it. Add one of them to the text.',
      keyword_missing_hidden:
        'The message contains none of this robot’s keywords, so DingTalk would refuse it. Ask an admin which keyword to include.',
      message_too_long: 'The message is over DingTalk’s limit of 20000 bytes: shorten it.',
      other: 'Cannot send: {{message}}',
    },
  },
  /** Between the items of a list written in a sentence. */
  listSeparator: ', ',
  /** Where in a message a problem is: lib/field-place.ts. */
  fieldPlace: {
    placed: '{{place}}: {{text}}',
    atLine: '{{field}}, line {{line}}',
    fields: {
      text: { content: 'Content' },
      link: { title: 'Title', text: 'Content', messageUrl: 'Link URL', picUrl: 'Image URL' },
      markdown: { title: 'Title', text: 'Content' },
      actionCard: {
        title: 'Title',
        text: 'Content',
        singleTitle: 'Button text',
        singleURL: 'Button link',
        btnOrientation: 'Button layout',
        hideAvatar: 'Hide avatar',
        btns: { n: { actionURL: 'Button {{n}} link', title: 'Button {{n}} text' } },
      },
      feedCard: {
        links: { n: { title: 'Item {{n}} title', messageURL: 'Item {{n}} link', picURL: 'Item {{n}} image URL' } },
      },
      at: '@-mentions',
    },
  },
};

export default en;
