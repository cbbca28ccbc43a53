import { robotListSchema } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

/** The built-in Sandbox robot's name as it is now, or undefined while loading or when it cannot be read. */
export async function getSandboxRobotName(signal?: AbortSignal): Promise<string | undefined> {
  const { items } = await apiRequest('/api/robots', { schema: robotListSchema, signal });
  return items.find((robot) => robot.sandbox)?.name;
}

export function useSandboxRobotName(): string | undefined {
  return useResource(getSandboxRobotName).data;
}
