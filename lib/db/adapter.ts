import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "@/lib/env";

/** PostgreSQL's internal one-byte `"char"` type, which the schema engine's catalogue queries return. */
const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

/**
 * A pg client that reports `"char"` columns as text. @prisma/adapter-pg cannot map OID 18, and
 * the migration engine reads pg_catalog columns of that type while diffing.
 */
class CharAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded query signature cannot be re-declared precisely.
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((res: QueryResultLike) => {
        for (const field of res.fields ?? []) {
          if (field.dataTypeID === PG_INTERNAL_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        }
        return res;
      });
    }
    return result;
  }
}

export type AdapterHandle = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database, when the target is PGlite (tests load snapshots into it). */
  pglite?: PGlite;
  close: () => Promise<void>;
};

export type AdapterOptions = {
  /** Pool size for PostgreSQL; the web tier and each crawler process hold their own pool. */
  maxConnections?: number;
  /** Start an embedded database from a dump made by `PGlite.dumpDataDir()` (tests). */
  pgliteLoadDataDir?: Blob;
};

export async function openAdapter(target: DatabaseTarget, options: AdapterOptions = {}): Promise<AdapterHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.maxConnections ?? 10,
      Client: CharAsTextClient,
      connectionTimeoutMillis: 10_000,
    });
    const factory = new PrismaPg(pool, { disposeExternalPool: false });
    return { factory, close: () => pool.end() };
  }
  const memory = target.dataDir === ":memory:";
  if (!memory) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(memory ? undefined : target.dataDir, {
    loadDataDir: options.pgliteLoadDataDir,
  });
  return { factory: new PrismaPGlite(pglite), pglite, close: () => pglite.close() };
}
