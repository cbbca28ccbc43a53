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

export interface Database {
  robots: RobotsTable;
  templates: TemplatesTable;
  deliveries: DeliveriesTable;
  send_log: SendLogTable;
}
