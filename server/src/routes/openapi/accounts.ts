import { auditQuerySchema } from '@dingpost/shared';
import { ADMIN, EDITOR, PUBLIC, answers, apiError, tagged } from './operation.ts';

const lastAdmin = apiError('The last active admin');

export const ACCOUNT_OPERATIONS = tagged('Accounts', [
  {
    method: 'post',
    path: '/api/auth/login',
    access: PUBLIC,
    summary: 'Log in',
    description:
      'Sets the HttpOnly, SameSite=Lax session cookie `dingpost_session` (Secure over https). Five failed logins ' +
      'for a username (twenty from an address) in 15 minutes lock further attempts: 429 with Retry-After.',
    body: 'LoginInput',
    responses: {
      200: { description: 'Logged in', body: 'Me' },
      401: apiError('Wrong username or password (`invalid_credentials`)'),
      403: apiError('Sent by a browser from another site (`cross_origin`: its Origin header names another host)'),
      429: apiError('Too many failed logins'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    access: EDITOR,
    summary: 'Log out',
    description: 'Ends this session and clears the cookie.',
    responses: answers(204, 'Logged out'),
  },
  {
    method: 'post',
    path: '/api/auth/password',
    access: EDITOR,
    summary: 'Change my password',
    description:
      'A signed-in user (not an API key) sets a new password, giving the current one. The other sessions of ' +
      'the account end; this one stays. Wrong current passwords count as failed logins: after five, 429.',
    body: 'PasswordChange',
    responses: {
      204: { description: 'Changed' },
      400: apiError('Invalid body, or the current password is wrong (`wrong_password`, on `currentPassword`)'),
      403: apiError('An API key has no password to change'),
      429: apiError('Too many wrong passwords'),
    },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    access: EDITOR,
    summary: 'Who is logged in',
    responses: answers(200, 'The user of this session', 'Me'),
  },
  {
    method: 'get',
    path: '/api/users',
    access: ADMIN,
    summary: 'List users',
    responses: answers(200, 'All users', 'UserList'),
  },
  {
    method: 'post',
    path: '/api/users',
    access: ADMIN,
    summary: 'Add a user',
    body: 'UserCreate',
    responses: {
      201: { description: 'The user', body: 'User' },
      409: apiError('The username is taken'),
    },
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    access: ADMIN,
    summary: 'Change a user’s role, password or disabled state',
    description:
      'A new password or disabling ends the user’s sessions. The last active admin cannot be demoted or disabled.',
    body: 'UserUpdate',
    responses: { 200: { description: 'The user', body: 'User' }, 409: lastAdmin },
  },
  {
    method: 'delete',
    path: '/api/users/:id',
    access: ADMIN,
    summary: 'Delete a user',
    description: 'Ends their sessions. The last active admin cannot be deleted.',
    responses: { 204: { description: 'Deleted' }, 409: lastAdmin },
  },
  {
    method: 'get',
    path: '/api/api-keys',
    access: ADMIN,
    summary: 'List API keys',
    description: 'Newest first, revoked keys included. Only the first 8 characters of a key are ever shown again.',
    responses: answers(200, 'All keys', 'ApiKeyList'),
  },
  {
    method: 'post',
    path: '/api/api-keys',
    access: ADMIN,
    summary: 'Create an API key',
    description:
      'The answer holds the token, once: only its hash is kept. Send it as `Authorization: Bearer dp_…`. A key may ' +
      'queue deliveries, render and read templates, check messages, list robots and read history; nothing else.',
    body: 'ApiKeyCreate',
    responses: answers(201, 'The key and its token', 'ApiKeyCreated'),
  },
  {
    method: 'delete',
    path: '/api/api-keys/:id',
    access: ADMIN,
    summary: 'Revoke an API key',
    description: 'At once: the next request with it is a 401.',
    responses: answers(204, 'Revoked'),
  },
  {
    method: 'get',
    path: '/api/audit',
    access: ADMIN,
    summary: 'Audit log',
    description: 'Who did what, newest first; pass `nextCursor` as `cursor` for the next page.',
    query: auditQuerySchema,
    responses: answers(200, 'One page', 'AuditPage'),
  },
]);
