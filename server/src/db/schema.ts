import type { Generated } from 'kysely';

/** Row types of every table. Timestamps: ISO text for display, epoch ms where the queue computes with them. */
export interface RobotsTable {
  id: string;
  name: string;
  /** AES-256-GCM envelope (see services/vault.ts), never plain text. */
  token_enc: string;
  token_hint: string;
  secret_enc: string | null;
  /** JSON array of strings. */
  keywords: string;
  coalesce: number;
  sandbox: number;
  /** Epoch ms until which the robot rests after DingTalk throttled it; null when not cooling down. */
  cooldown_until: number | null;
  created_at: string;
  updated_at: string;
}

export interface TemplatesTable {
  id: string;
  name: string;
  description: string;
  /** JSON: the message with {{placeholders}}. */
  message: string;
  /** JSON array of TemplateVariable. */
  variables: string;
  created_at: string;
  updated_at: string;
}

export interface DeliveriesTable {
  /** Insertion order: the queue's FIFO order and the history's cursor. */
  seq: Generated<number>;
  id: string;
  robot_id: string;
  template_id: string | null;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'digested';
  /** JSON: the exact wire message, msgUuid included. */
  message: string;
  msg_uuid: string;
  attempts: number;
  errcode: number | null;
  errmsg: string | null;
  /** JSON {zh, en}. */
  explanation: string | null;
  digest_id: string | null;
  /** Epoch ms before which the worker does not pick it up (retry backoff). */
  not_before: number;
  created_at: string;
  sent_at: string | null;
}

/** One row per request made to DingTalk for a robot: the sliding window counts these. */
export interface SendLogTable {
  id: Generated<number>;
  robot_id: string;
  at: number;
}

export interface UsersTable {
  id: string;
  /** Unique regardless of case. */
  username: string;
  role: 'admin' | 'editor';
  /** scrypt$N$r$p$salt$hash (see services/accounts/passwords.ts). */
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie's value; the value itself is never stored. */
  id_hash: string;
  user_id: string;
  /** Epoch ms: the absolute and the idle expiry count from these. */
  created_at: number;
  last_seen_at: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** The token's first characters, shown to tell keys apart. */
  prefix: string;
  /** sha256 (hex) of the token. */
  token_hash: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  /** Insertion order: the page cursor. */
  seq: Generated<number>;
  id: string;
  at: string;
  actor_kind: 'user' | 'apiKey' | 'system';
  actor_id: string | null;
  actor_name: string;
  action: string;
  target: string | null;
  /** JSON object. */
  details: string;
}

export interface Database {
  robots: RobotsTable;
  templates: TemplatesTable;
  deliveries: DeliveriesTable;
  send_log: SendLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
}
