/** The app's pages in the main navigation; `admin` entries are left out for editors (the pages say so too). */
export const NAV_ITEMS = [
  { to: '/', key: 'composer', end: true, admin: false },
  { to: '/templates', key: 'templates', end: false, admin: false },
  { to: '/history', key: 'history', end: false, admin: false },
  { to: '/sandbox', key: 'sandbox', end: false, admin: false },
  { to: '/robots', key: 'robots', end: false, admin: true },
  { to: '/users', key: 'users', end: false, admin: true },
  { to: '/api-keys', key: 'apiKeys', end: false, admin: true },
  { to: '/audit', key: 'audit', end: false, admin: true },
] as const;

export type NavItem = (typeof NAV_ITEMS)[number];
