import type { Robot } from '@dingpost/shared/api/robots';

/** The Sandbox robot as GET /api/robots answers it to an admin, for component tests; override what a test needs. */
export function sandboxRobot(overrides: Partial<Robot> = {}): Robot {
  return {
    id: 'rb_sandbox',
    name: 'Sandbox / 沙箱机器人',
    tokenHint: '66dc',
    hasSecret: true,
    keywords: ['通知'],
    hasKeywords: true,
    coalesce: false,
    sandbox: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
