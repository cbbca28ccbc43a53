import { robotTestResultSchema, type RobotTestResult } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Signs and sends a short test message now; the answer says what DingTalk (or the sandbox) made of it. */
export function testRobot(id: string): Promise<RobotTestResult> {
  return apiRequest(`/api/robots/${encodeURIComponent(id)}/test`, {
    method: 'POST',
    schema: robotTestResultSchema,
  });
}

export function useTestRobot() {
  return useMutation(testRobot);
}
