import { sandboxMessageListSchema, type SandboxMessage } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

/** What the built-in DingTalk emulator received, newest first. */
export async function getSandboxMessages(signal?: AbortSignal): Promise<SandboxMessage[]> {
  const { items } = await apiRequest('/api/sandbox/messages', { schema: sandboxMessageListSchema, signal });
  return items;
}

export function useSandboxMessages() {
  return useResource(getSandboxMessages);
}
