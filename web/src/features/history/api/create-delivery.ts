import { deliverySchema, type Delivery, type DeliveryCreate } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Queues a send and waits (up to the server's 10 s) for its outcome, so it can be told in plain words. */
export function createDelivery(input: DeliveryCreate): Promise<Delivery> {
  return apiRequest('/api/deliveries', { method: 'POST', query: { wait: 1 }, body: input, schema: deliverySchema });
}

export function useCreateDelivery() {
  return useMutation(createDelivery);
}
