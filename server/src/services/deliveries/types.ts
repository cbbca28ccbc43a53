import type { Bilingual, DingtalkMessage } from '@dingpost/shared';

/** What the queue needs of a robot to send for it (services/robots: `robotStore.credentials`). */
export type RobotCredentials = {
  token: string;
  secret: string | null;
  keywords: string[];
  sandbox: boolean;
  coalesce: boolean;
};

export type CredentialSource = { credentials(id: string): Promise<RobotCredentials | undefined> };

/** One upstream call's result, as services/dingtalk/client.ts classifies it. */
export type SendOutcome =
  | { kind: 'sent'; errcode: 0; errmsg: string }
  | { kind: 'throttled' | 'retry' | 'failed'; errcode: number | null; errmsg: string; explanation: Bilingual };

export type SendFn = (
  target: { baseUrl: string; token: string; secret: string | null },
  message: DingtalkMessage,
  opts?: { timeoutMs?: number },
) => Promise<SendOutcome>;
