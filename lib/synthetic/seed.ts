import { ConfigError } from "@/lib/env";
import {
  type CatalogueShape,
  generateServer,
  SYNTHETIC_SLUG_PREFIX,
  type SyntheticServer,
} from "@/lib/synthetic/generate";
import type { SeedOptions } from "@/lib/synthetic/options";
import { batchStatements } from "@/lib/synthetic/rows";
import type { SeedTarget } from "@/lib/synthetic/target";

export type SeedProgress = { servers: number; tools: number; totalServers: number; elapsedMs: number };
export type SeedResult = { servers: number; tools: number; deletedServers: number; elapsedMs: number };

const SYNTHETIC_LIKE = `${SYNTHETIC_SLUG_PREFIX}%`;
const DELETE_CHUNK = 500;
const GENERATE_SLICE = 20;

/**
 * Loads the synthetic catalogue: batches of servers are generated in Node while the previous batch
 * is written, each batch in its own transaction, then the tables are vacuumed and analysed so the
 * planner sees the new sizes at once. Rows of real (non-`syn-`) servers are never read or changed.
 */
export async function seedSyntheticCatalogue(
  target: SeedTarget,
  options: SeedOptions,
  onProgress: (progress: SeedProgress) => void = () => {},
): Promise<SeedResult> {
  const started = Date.now();
  const deletedServers = options.reset ? await deleteSyntheticCatalogue(target) : 0;
  const existing = await countSyntheticServers(target);
  if (existing > 0) {
    throw new ConfigError(
      `${existing} synthetic servers are already loaded; pass --reset to replace them.`,
      "SYNTHETIC_PRESENT",
    );
  }
  const shape: CatalogueShape = {
    servers: options.servers,
    toolsPerServer: options.toolsPerServer,
    seed: options.seed,
  };
  let written: Promise<void> = Promise.resolve();
  let servers = 0;
  let tools = 0;
  for (let start = 0; start < shape.servers; start += options.batchSize) {
    const end = Math.min(shape.servers, start + options.batchSize);
    const batch = await generateBatch(shape, start, end);
    const toolCount = batch.reduce((sum, server) => sum + server.tools.length, 0);
    const [serverIds, toolIds] = await Promise.all([
      target.reserveIds("Server", batch.length),
      target.reserveIds("Tool", toolCount),
    ]);
    const statements = batchStatements(batch, serverIds, toolIds);
    await written;
    written = target.runBatch(statements).then(() => {
      servers += batch.length;
      tools += toolCount;
      onProgress({ servers, tools, totalServers: shape.servers, elapsedMs: Date.now() - started });
    });
    // Keep a rejection from going unhandled while the next batch is generated.
    written.catch(() => {});
  }
  await written;
  // VACUUM as well as ANALYZE: it merges the GIN indexes' pending lists (each search scanned them:
  // 84 ms instead of 33 ms for a common word) and marks pages all-visible for index-only scans.
  await target.query(`VACUUM (ANALYZE) "Server", "Tool", "ToolRevision", "Classification"`);
  return { servers, tools, deletedServers, elapsedMs: Date.now() - started };
}

/**
 * Generates servers [start, end), yielding to the event loop now and then so the previous batch's
 * statements are sent as soon as PostgreSQL finishes each one (pg sends one query at a time).
 */
async function generateBatch(shape: CatalogueShape, start: number, end: number): Promise<SyntheticServer[]> {
  const batch: SyntheticServer[] = [];
  for (let index = start; index < end; index++) {
    batch.push(generateServer(shape, index));
    if (index % GENERATE_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return batch;
}

export async function countSyntheticServers(target: SeedTarget): Promise<number> {
  const rows = await target.query(`SELECT count(*)::int AS n FROM "Server" WHERE slug LIKE $1`, [SYNTHETIC_LIKE]);
  return Number(rows[0]?.n ?? 0);
}

/** Deletes synthetic servers a chunk at a time (their tools, revisions and classifications cascade). */
export async function deleteSyntheticCatalogue(target: SeedTarget): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await target.query(
      `WITH gone AS (
         DELETE FROM "Server" WHERE id IN (SELECT id FROM "Server" WHERE slug LIKE $1 ORDER BY id LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [SYNTHETIC_LIKE, DELETE_CHUNK],
    );
    const n = Number(rows[0]?.n ?? 0);
    deleted += n;
    if (n < DELETE_CHUNK) return deleted;
  }
}
