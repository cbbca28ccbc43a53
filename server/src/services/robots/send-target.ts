import type { SendTarget } from '../dingtalk/client.ts';
import type { RobotCredentials } from './robot-store.ts';

/** The sandbox robot posts to the built-in emulator; every other robot only ever to DINGTALK_BASE_URL. */
export function sendTargetOf(
  credentials: RobotCredentials,
  bases: { dingtalkBaseUrl: string; emulatorBaseUrl: string },
): SendTarget {
  return {
    baseUrl: credentials.sandbox ? bases.emulatorBaseUrl : bases.dingtalkBaseUrl,
    token: credentials.token,
    secret: credentials.secret,
  };
}
