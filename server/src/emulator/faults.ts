import { z } from 'zod';

const target = {
  /** How many requests in a row it hits. */
  count: z.number().int().min(1).max(10_000).default(1),
  /** Only requests for this robot; all robots when absent. */
  token: z.string().min(1).optional(),
};

/** What the next matching requests to /robot/send suffer, for tests of the sender's resilience. */
export const faultRequestSchema = z.discriminatedUnion('kind', [
  /** Answer with this HTTP status (and a non-DingTalk body), nothing stored. */
  z.strictObject({ kind: z.literal('status'), status: z.number().int().min(400).max(599).default(500), ...target }),
  /** Wait, then handle the request normally (it is stored: the client may have given up by then). */
  z.strictObject({ kind: z.literal('delay'), ms: z.number().int().min(0).max(120_000), ...target }),
  /** Drop the connection without an answer, nothing stored. */
  z.strictObject({ kind: z.literal('reset'), ...target }),
  /** Throttle the robot now: the answer is this errcode and the cool-down starts. */
  z.strictObject({
    kind: z.literal('throttle'),
    errcode: z.union([z.literal(130101), z.literal(410100), z.literal(660026)]).default(410100),
    ...target,
  }),
  /** Answer any DingTalk errcode (HTTP 200), nothing stored. */
  z.strictObject({
    kind: z.literal('errcode'),
    errcode: z.number().int(),
    errmsg: z.string().default('injected'),
    ...target,
  }),
]);

type ParsedRequest = z.infer<typeof faultRequestSchema>;
export type Fault = ParsedRequest extends infer R ? (R extends unknown ? Omit<R, 'count' | 'token'> : never) : never;
export type FaultRequest = z.input<typeof faultRequestSchema>;

type Queued = { fault: Fault; remaining: number; token: string | undefined };

export function createFaultQueue() {
  let queue: Queued[] = [];
  return {
    push(request: FaultRequest): void {
      const { count, token, ...fault } = faultRequestSchema.parse(request);
      queue.push({ fault, remaining: count, token });
    },
    /** Takes the first fault that applies to a request for this token, if any. */
    take(token: string | undefined): Fault | undefined {
      const entry = queue.find((q) => q.token === undefined || q.token === token);
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) queue = queue.filter((q) => q !== entry);
      return entry.fault;
    },
    pending(): { fault: Fault; remaining: number; forOneRobot: boolean }[] {
      return queue.map((q) => ({ fault: q.fault, remaining: q.remaining, forOneRobot: q.token !== undefined }));
    },
    clear(): void {
      queue = [];
    },
  };
}

export type FaultQueue = ReturnType<typeof createFaultQueue>;
