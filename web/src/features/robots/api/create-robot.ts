import { robotSchema, type Robot, type RobotCreate } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export function createRobot(input: RobotCreate): Promise<Robot> {
  return apiRequest('/api/robots', { method: 'POST', body: input, schema: robotSchema });
}

export function useCreateRobot() {
  return useMutation(createRobot);
}
