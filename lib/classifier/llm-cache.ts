import { type Classification, ClassificationSchema } from "./schema";

/** Where model answers are kept, keyed by the tool's definition hash (and the model that answered). */
export interface ClassificationCache {
  get(key: string): Promise<Classification | undefined>;
  set(key: string, value: Classification): Promise<void>;
}

/** Any string store (a database table, a file, Redis) can back the cache. */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export class MemoryKeyValueStore implements KeyValueStore {
  private readonly entries = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }
}

/** A cache over a string store; what comes back is parsed again, since a store can hold anything. */
export function storeBackedCache(store: KeyValueStore): ClassificationCache {
  return {
    async get(key) {
      const raw = await store.get(key);
      if (raw === undefined) return undefined;
      try {
        const parsed = ClassificationSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await store.set(key, JSON.stringify(value));
    },
  };
}

export function memoryCache(): ClassificationCache {
  return storeBackedCache(new MemoryKeyValueStore());
}

export function cacheKey(definitionHash: string, model: string, promptVersion: string): string {
  return `${promptVersion}:${model}:${definitionHash}`;
}
