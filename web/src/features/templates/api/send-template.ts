import { deliverySchema, type Delivery, type TemplateValues } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Sends a template with these values; waits (up to the server's 10 s) for the outcome to tell it. */
export function sendTemplate(input: {
  robotId: string;
  templateId: string;
  variables: TemplateValues;
}): Promise<Delivery> {
  return apiRequest('/api/deliveries', { method: 'POST', query: { wait: 1 }, body: input, schema: deliverySchema });
}

export function useSendTemplate() {
  return useMutation(sendTemplate);
}
