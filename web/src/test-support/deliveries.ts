import type { Delivery } from '@dingpost/shared/api/deliveries';

/**
 * A send to a real robot on a machine that cannot reach DingTalk, as the API answers it: queued again
 * after failed attempts, with the last one's explanation. For component tests; override what a test needs.
 */
export function retryingDelivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: 'dlv_1',
    robotId: 'rb_1',
    templateId: null,
    status: 'queued',
    message: { msgtype: 'text', text: { content: '本周五团建，请大家准时参加' } },
    attempts: 3,
    errcode: null,
    errmsg: 'network error: ENOTFOUND',
    explanation: {
      zh: '无法连接钉钉（ENOTFOUND）。解决方法：检查本服务器的网络与 DNS；会自动重试',
      en: 'Could not reach DingTalk (ENOTFOUND). Fix: check this server’s network and DNS; it is retried automatically',
    },
    digestId: null,
    queuePosition: 1,
    eta: '2026-11-25T12:02:04.000Z',
    createdAt: '2026-11-25T12:01:59.000Z',
    sentAt: null,
    ...overrides,
  };
}
