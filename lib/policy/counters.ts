/**
 * Where the evaluator keeps the times of counted calls. A narrow interface, so a gateway can put
 * Redis or a database behind it; tests and a single process use InMemoryCounterStore.
 *
 * Keys come from counterKey(), which includes the window length: a key is always read with the
 * same window, so a store may forget times older than the window it was last read with.
 */
export interface CounterStore {
  /** Times (ms) of the calls counted under `key` that are later than `after`, oldest first. */
  countedSince(key: string, after: number): readonly number[];
  /** Counts one call under `key` at `at`. */
  record(key: string, at: number): void;
}

/**
 * A sliding log: one timestamp per counted call. Exact, so "N per window" holds over every span
 * of one window, not just over calendar-aligned windows (a fixed window lets 2N calls through
 * around a window boundary). Memory is at most `max` timestamps per key, since the evaluator
 * records only calls it allows.
 */
export class InMemoryCounterStore implements CounterStore {
  private readonly times = new Map<string, number[]>();

  countedSince(key: string, after: number): readonly number[] {
    const times = this.times.get(key);
    if (!times) return [];
    const firstKept = times.findIndex((time) => time > after);
    if (firstKept === -1) {
      this.times.delete(key);
      return [];
    }
    if (firstKept > 0) times.splice(0, firstKept);
    return times;
  }

  record(key: string, at: number): void {
    const times = this.times.get(key) ?? [];
    // Calls normally arrive in time order; keep the log sorted if one does not.
    let index = times.length;
    while (index > 0 && (times[index - 1] ?? 0) > at) index--;
    times.splice(index, 0, at);
    this.times.set(key, times);
  }
}

/** The identity a counter is shared by; see Scope in lib/policy/schema.ts. */
export type CallIdentity = { grant?: string; session?: string };

export function counterKey(
  section: string,
  counter: string,
  scope: "grant" | "session" | "global",
  windowMs: number,
  identity: CallIdentity,
): string {
  const owner = scope === "global" ? "" : ((scope === "grant" ? identity.grant : identity.session) ?? "");
  return JSON.stringify([section, counter, windowMs, scope, owner]);
}
