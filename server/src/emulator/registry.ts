import { robotKey } from './store.ts';
import type { EmulatedRobot } from './security.ts';

export type RobotRegistration = {
  token: string;
  secret?: string | null;
  keywords?: readonly string[];
  name?: string;
  ipAllowlist?: readonly string[];
};

/** The robots the emulator knows, by a hash of their token. Memory only: see store.ts. */
export function createRegistry() {
  const robots = new Map<string, EmulatedRobot>();
  return {
    /** Adds the robot, or replaces its settings when the token is known. */
    ensureRobot(robot: RobotRegistration): void {
      robots.set(robotKey(robot.token), {
        token: robot.token,
        name: robot.name ?? 'robot',
        secret: robot.secret ?? null,
        keywords: [...(robot.keywords ?? [])],
        ipAllowlist: [...(robot.ipAllowlist ?? [])],
      });
    },
    get(token: string): EmulatedRobot | undefined {
      return robots.get(robotKey(token));
    },
    remove(token: string): boolean {
      return robots.delete(robotKey(token));
    },
    list(): (EmulatedRobot & { key: string })[] {
      return [...robots].map(([key, robot]) => ({ ...robot, key }));
    },
    clear(): void {
      robots.clear();
    },
  };
}

export type Registry = ReturnType<typeof createRegistry>;
