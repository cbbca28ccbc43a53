import { deliveryListSchema, type DeliveryListQuery } from '@dingpost/shared';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';

export type DeliveryPage = z.infer<typeof deliveryListSchema>;

/** One page of deliveries, newest first; pass the previous page's nextCursor for the next one. */
export function getDeliveries(
  query: Omit<DeliveryListQuery, 'limit'> & { limit?: number },
  signal?: AbortSignal,
): Promise<DeliveryPage> {
  return apiRequest('/api/deliveries', {
    query: { robotId: query.robotId, status: query.status, cursor: query.cursor, limit: query.limit },
    schema: deliveryListSchema,
    signal,
  });
}
