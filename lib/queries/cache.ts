/**
 * A small in-process cache for aggregate queries (counts over the whole catalogue) that would
 * otherwise run on every request. Entries expire after their TTL; the crawler and classifier run in
 * other processes, so freshness is bounded by the TTL rather than by invalidation.
 */
type Entry = { expiresAt: number; value: Promise<unknown> };

const entries = new Map<string, Entry>();

export const CACHE_TTL = {
  catalogueStats: 60_000,
  serverList: 30_000,
  categoryCounts: 60_000,
} as const;

export function cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { expiresAt: now + ttlMs, value });
  // A failed load must not be served from the cache.
  value.catch(() => entries.delete(key));
  return value;
}

export function clearQueryCache(): void {
  entries.clear();
}
