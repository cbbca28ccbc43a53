import { auditPageSchema, type AuditAction, type AuditEntry } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** One page of the audit log, newest first; `cursor` continues where the previous page ended. */
export async function getAudit(
  query: { action?: AuditAction; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<AuditPage> {
  return apiRequest('/api/audit', { query, schema: auditPageSchema, signal });
}
