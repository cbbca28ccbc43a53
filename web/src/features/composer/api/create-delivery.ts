import { deliverySchema, type Delivery } from '@dingpost/shared/api/deliveries';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sends through the server's queue and waits (up to the server's limit) for the final state. */
export function createDelivery(robotId: string, message: DingtalkMessage): Promise<Delivery> {
  return apiRequest('/api/deliveries', {
    method: 'POST',
    query: { wait: 1 },
    body: { robotId, message },
    schema: deliverySchema,
  });
}

export function getDelivery(id: string, signal?: AbortSignal): Promise<Delivery> {
  return apiRequest(`/api/deliveries/${encodeURIComponent(id)}`, { schema: deliverySchema, signal });
}
