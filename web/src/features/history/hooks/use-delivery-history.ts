import type { Delivery, DeliveryStatus } from '@dingpost/shared';
import { useRef, useState } from 'react';
import { getDeliveries, type DeliveryPage } from '../api/get-deliveries.ts';
import { getDelivery } from '../api/get-delivery.ts';
import { pollBatch } from '../utils/poll-batch.ts';
import { usePolling } from '../../../hooks/use-polling.ts';
import { useResource } from '../../../hooks/use-request.ts';

export const PAGE_SIZE = 20;
const POLL_MS = 3000;
/** Polls at most this many unsettled deliveries at a time (taking turns when there are more). */
const POLL_LIMIT = 20;

export interface HistoryFilters {
  robotId?: string;
  status?: DeliveryStatus;
}

const unsettled = (d: Delivery) => d.status === 'queued' || d.status === 'sending';

/**
 * The delivery history for some filters: the first page, pages added by "load more", and the queued
 * and sending ones polled by id until they settle. Extra pages and polled updates belong to the first
 * page they were loaded after, so a refresh or a filter change drops them. A polled row whose status no
 * longer matches the status filter stays (with its real status) until the next refresh.
 */
export function useDeliveryHistory(filters: HistoryFilters) {
  const key = `${filters.robotId ?? ''}|${filters.status ?? ''}`;
  const first = useResource(
    (signal) => getDeliveries({ robotId: filters.robotId, status: filters.status, limit: PAGE_SIZE }, signal),
    key,
  );
  const [more, setMore] = useState<{ base: DeliveryPage; items: Delivery[]; nextCursor: string | null } | null>(null);
  const [updates, setUpdates] = useState<{ base: DeliveryPage; byId: Map<string, Delivery> } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(undefined);

  const base = first.data;
  const extra = base && more?.base === base ? more : null;
  const polled = base && updates?.base === base ? updates.byId : undefined;
  const seen = new Set<string>();
  const items = base
    ? [...base.items, ...(extra?.items ?? [])]
        .filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)))
        .map((d) => polled?.get(d.id) ?? d)
    : undefined;
  const nextCursor = extra ? extra.nextCursor : (base?.nextCursor ?? null);

  const loadMore = async () => {
    if (!base || !nextCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await getDeliveries({ ...filters, cursor: nextCursor, limit: PAGE_SIZE });
      setMore({ base, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const pending = items?.filter(unsettled) ?? [];
  const ticks = useRef(0);
  usePolling(
    () => {
      if (!base) return;
      const batch = pollBatch(pending, ticks.current++, POLL_LIMIT);
      void Promise.allSettled(batch.map((d) => getDelivery(d.id))).then((results) => {
        const fresh = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        setUpdates((current) => {
          const byId = new Map(current?.base === base ? current.byId : []);
          for (const d of fresh) byId.set(d.id, d);
          return { base, byId };
        });
      });
    },
    POLL_MS,
    pending.length > 0,
  );

  return {
    items,
    error: first.error,
    loading: first.loading,
    refresh: first.reload,
    nextCursor,
    loadMore,
    loadingMore,
    moreError,
  };
}
