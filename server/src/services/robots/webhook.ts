import { parseWebhook, WEBHOOK_ISSUE_CODES } from '@dingpost/shared';
import { invalid } from '../../http/errors.ts';

/**
 * The access token in what the user pasted, or a 400 on `webhook` whose issue has a code (WEBHOOK_ISSUE_CODES)
 * for clients to word in their own language. Only URLs on DINGTALK_BASE_URL's origin and /robot/send path
 * pass, which is what keeps the server from posting anywhere else.
 */
export function tokenFromWebhook(input: string, dingtalkBaseUrl: string): string {
  const parsed = parseWebhook(input, dingtalkBaseUrl);
  if (parsed.ok) return parsed.token;
  const expected = `${dingtalkBaseUrl}/robot/send?access_token=…`;
  const message = {
    'not-url': `Paste the webhook URL DingTalk shows (${expected}) or the bare access token`,
    'wrong-origin': `Only DingTalk webhooks (${expected}) are accepted: dingpost never posts to any other host, scheme, port or path`,
    'no-token': 'The webhook URL has no access_token: copy the whole URL from the robot’s settings',
    'bad-token': 'The access_token in the webhook URL does not look like one DingTalk issues',
  }[parsed.reason];
  throw invalid('Invalid webhook', [{ path: 'webhook', message, code: WEBHOOK_ISSUE_CODES[parsed.reason] }]);
}
