import type { HistoryStrings } from './zh.ts';

const en: HistoryStrings = {
  title: 'History',
  refresh: 'Refresh',
  listLabel: 'Deliveries',
  loadError: 'Cannot load the history: {{message}}',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  end: 'No more deliveries',
  filters: {
    label: 'Filters',
    robot: 'Robot',
    status: 'Status',
    all: 'All',
  },
  status: {
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Failed',
    digested: 'Digested',
  },
  row: {
    created: 'Submitted {{time}}',
    sent: 'Sent {{time}}',
    robot: 'Robot: {{name}}',
    deletedRobot: 'Deleted robot',
    attempts: '{{count}} attempts',
    queued: 'Number {{position}} in line, expected at {{time}}',
    queuedNoEta: 'Waiting in line',
    sending: 'Sending…',
    digested: 'Merged with other backed-up messages into one digest',
    digestLink: 'View the digest',
    fromTemplate: 'From a template',
    fix: 'Why, and how to fix it',
    showMessage: 'Show message',
    hideMessage: 'Hide message',
    leftFilter: 'Now “{{status}}”, no longer “{{filter}}”: Refresh takes it off this list.',
    noTitle: '(no title)',
  },
  actions: {
    open: 'Open in composer',
    resend: 'Resend',
    actionsFor: 'Actions for {{title}}',
  },
  resend: {
    title: 'Resend this message?',
    body: 'The message below goes to “{{robot}}” again; the group receives it once more.',
    robotGone: 'Its robot has been deleted, so it cannot be resent.',
    confirm: 'Resend now',
    sending: 'Sending…',
    again: 'Done',
  },
  digest: {
    title: 'Digest message',
    loading: 'Loading the digest…',
    error: 'Cannot load the digest: {{message}}',
  },
  empty: {
    title: 'Nothing sent yet',
    filtered: 'No deliveries match these filters',
    body: 'Send a message from the composer and its status shows up here.',
    compose: 'Compose a message',
    clear: 'Clear filters',
  },
};

export default en;
