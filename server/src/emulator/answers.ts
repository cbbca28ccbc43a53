/** DingTalk's answers, always sent with HTTP 200. errmsg texts follow what the real endpoint says. */
export type DingtalkAnswer = { errcode: number; errmsg: string };

const per = (windowMs: number) => (windowMs === 60_000 ? 'per minute' : `per ${windowMs} ms`);

const MORE = ', more: [https://open.dingtalk.com/document/robots/custom-robot-access]';

export const answers = {
  ok: { errcode: 0, errmsg: 'ok' },
  tokenMissing: { errcode: 300001, errmsg: 'access_token is blank' },
  tokenUnknown: { errcode: 300005, errmsg: 'token is not exist' },
  signMismatch: { errcode: 310000, errmsg: `sign not match${MORE}` },
  staleTimestamp: { errcode: 310000, errmsg: `invalid timestamp${MORE}` },
  keywordsMissing: { errcode: 310000, errmsg: `keywords not in content${MORE}` },
  ipNotAllowed: (ip: string) => ({ errcode: 310000, errmsg: `ip ${ip} not in whitelist${MORE}` }),
  postOnly: { errcode: 43002, errmsg: '需要POST请求' },
  badContentType: { errcode: 43004, errmsg: '无效的HTTP HEADER Content-Type' },
  missingJson: { errcode: 40035, errmsg: '缺少参数 json' },
  missingParam: (name: string) => ({ errcode: 40035, errmsg: `缺少参数 ${name}` }),
  badParam: (path: string) => ({
    errcode: 400402,
    errmsg: `错误描述:参数 ${path} 缺失，或者参数格式不正确; 解决方案:请填充上对应参数;`,
  }),
  unsupportedMsgtype: { errcode: 400105, errmsg: '不支持的消息类型' },
  tooLong: (bytes: number | null) => ({
    errcode: 460101,
    errmsg: `message too long, exceed 20000 bytes${bytes === null ? '' : ` (got ${bytes})`}`,
  }),
  /** The answer that starts the cool-down. */
  throttled: (limit: number, windowMs: number) => ({
    errcode: 410100,
    errmsg: `send too fast, exceed ${limit} times ${per(windowMs)}`,
  }),
  /** Every answer while the robot cools down. */
  coolingDown: (limit: number, windowMs: number) => ({
    errcode: 130101,
    errmsg: `send too fast, exceed ${limit} times ${per(windowMs)}`,
  }),
} as const;
