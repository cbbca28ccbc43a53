import { randomBytes } from 'node:crypto';
import { SANDBOX_KEYWORDS, type Robot } from '@dingpost/shared';
import type { RobotStore } from './robot-store.ts';

export const SANDBOX_ROBOT_NAME = 'Sandbox / 沙箱机器人';

/** The part of the emulator's robot registry the server uses (see emulator/). */
export type SandboxRegistry = {
  ensureRobot(robot: { token: string; secret: string | null; keywords: string[]; name: string }): unknown;
};

/**
 * Creates the Sandbox robot on first start (signed, with SANDBOX_KEYWORDS) and registers it with the
 * emulator on every start, so a new user can send at once without a DingTalk account.
 */
export async function ensureSandboxRobot(store: RobotStore, registry: SandboxRegistry | null): Promise<Robot> {
  const robot =
    (await store.findSandbox()) ??
    (await store.create({
      name: SANDBOX_ROBOT_NAME,
      token: randomBytes(32).toString('hex'),
      secret: `SEC${randomBytes(32).toString('hex')}`,
      keywords: [...SANDBOX_KEYWORDS],
      coalesce: false,
      sandbox: true,
    }));
  if (!registry) return robot;
  const credentials = await store.credentials(robot.id);
  if (!credentials) throw new Error('The sandbox robot vanished while it was being registered');
  await registry.ensureRobot({
    token: credentials.token,
    secret: credentials.secret,
    keywords: credentials.keywords,
    name: robot.name,
  });
  return robot;
}
