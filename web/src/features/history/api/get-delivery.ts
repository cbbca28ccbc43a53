import { deliverySchema, type Delivery } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

export function getDelivery(id: string, signal?: AbortSignal): Promise<Delivery> {
  return apiRequest(`/api/deliveries/${encodeURIComponent(id)}`, { schema: deliverySchema, signal });
}

export function useDelivery(id: string) {
  return useResource((signal) => getDelivery(id, signal), id);
}
