import { robotSchema, type Robot, type RobotUpdate } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export function updateRobot(id: string, patch: RobotUpdate): Promise<Robot> {
  return apiRequest(`/api/robots/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: robotSchema });
}

export function useUpdateRobot() {
  return useMutation(updateRobot);
}
