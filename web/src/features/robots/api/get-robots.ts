import { robotListSchema, type Robot } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

export async function getRobots(signal?: AbortSignal): Promise<Robot[]> {
  const { items } = await apiRequest('/api/robots', { schema: robotListSchema, signal });
  return items;
}

export function useRobots() {
  return useResource(getRobots);
}
