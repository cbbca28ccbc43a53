import type { DingtalkMessage } from '@dingpost/shared/wire/message';

export const TOKEN_PLACEHOLDER = '<ACCESS_TOKEN>';
const SEND_URL = 'https://oapi.dingtalk.com/robot/send';

/** POSIX shell single-quoting: the only character to escape inside '…' is ' itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A cURL command that sends the message to DingTalk, with a placeholder where the robot's token goes:
 * the command may be pasted in chats and tickets, so it never carries a secret.
 */
export function buildCurl(message: DingtalkMessage, opts: { signed?: boolean } = {}): string {
  const query = `access_token=${TOKEN_PLACEHOLDER}${opts.signed ? '&timestamp=<TIMESTAMP>&sign=<SIGN>' : ''}`;
  return [
    `curl ${shellQuote(`${SEND_URL}?${query}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(JSON.stringify(message))}`,
  ].join('\n');
}
