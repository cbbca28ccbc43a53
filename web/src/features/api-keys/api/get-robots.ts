import { robotListSchema, type Robot } from '@dingpost/shared/api/robots';
import { apiRequest } from '../../../lib/api-client.ts';

/** The robots, to put a real robot id into the curl example. */
export async function getRobots(signal?: AbortSignal): Promise<Robot[]> {
  const { items } = await apiRequest('/api/robots', { schema: robotListSchema, signal });
  return items;
}
