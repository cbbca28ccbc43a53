import type { DingtalkMessage } from '@dingpost/shared';
import type { SendOptions, SendOutcome, SendTarget } from '../dingtalk/client.ts';
import type { RobotCredentials } from '../robots/robot-store.ts';

export type { RobotCredentials, SendOutcome };

/** What the queue needs of the robot store. */
export type CredentialSource = { credentials(id: string): Promise<RobotCredentials | undefined> };

/** services/dingtalk/client.ts `sendToDingtalk`, or a stand-in for DingTalk in unit tests. */
export type SendFn = (target: SendTarget, message: DingtalkMessage, opts?: SendOptions) => Promise<SendOutcome>;
