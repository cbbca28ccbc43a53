import { robotListSchema, type Robot } from '@dingpost/shared/api/robots';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../../lib/api-client.ts';

export async function getRobots(signal?: AbortSignal): Promise<Robot[]> {
  const { items } = await apiRequest('/api/robots', { schema: robotListSchema, signal });
  return items;
}

export interface RobotsState {
  robots: Robot[] | undefined;
  error: unknown;
  reload: () => void;
}

export function useRobots(): RobotsState {
  const [robots, setRobots] = useState<Robot[]>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    getRobots(controller.signal).then(
      (items) => {
        setRobots(items);
        setError(undefined);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { robots, error, reload };
}
