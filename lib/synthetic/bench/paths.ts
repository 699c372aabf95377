import pg from "pg";
import { SYNTHETIC_SLUG_PREFIX } from "@/lib/synthetic/generate";
import { createRandom } from "@/lib/synthetic/prng";
import { DOMAINS, OWNERS, VERBS } from "@/lib/synthetic/vocabulary";
import { serverPath, toolPath } from "@/lib/urls";

export type BenchPaths = {
  home: string[];
  tool: string[];
  /** Tool pages no route requests before, so each request is a first render (a cache miss). */
  "tool-first-render": string[];
  server: string[];
  search: string[];
  static: string[];
};

/** The static file served by the same Next.js server: the throughput ceiling pages are compared with. */
export const STATIC_PATH = "/bench.txt";

/**
 * Pages to request: a repeatable random sample of synthetic tools and servers from the whole id
 * range (TABLESAMPLE BERNOULLI keeps each row with a fixed chance; the ORDER BY only shuffles the
 * sample), and searches built from the words the catalogue is made of, so every query has results.
 */
export async function sampleBenchPaths(connectionString: string, count: number, seed = 1): Promise<BenchPaths> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tools = await client.query<{ slug: string; name: string }>(
      `SELECT s.slug, t.name FROM "Tool" t TABLESAMPLE BERNOULLI (1) REPEATABLE ($1)
       JOIN "Server" s ON s.id = t."serverId"
       WHERE s.slug LIKE $2 AND t."removedAt" IS NULL ORDER BY md5(t.id::text) LIMIT $3`,
      [seed, `${SYNTHETIC_SLUG_PREFIX}%`, count],
    );
    const servers = await client.query<{ slug: string }>(
      `SELECT slug FROM "Server" TABLESAMPLE BERNOULLI (10) REPEATABLE ($1) WHERE slug LIKE $2
       ORDER BY md5(id::text) LIMIT $3`,
      // A third as many server pages as tool pages: with the tool pages they fit in the default page cache.
      [seed, `${SYNTHETIC_SLUG_PREFIX}%`, Math.ceil(count / 3)],
    );
    if (tools.rows.length === 0 || servers.rows.length === 0) {
      throw new Error("no synthetic catalogue in this database: run npm run seed:synthetic first");
    }
    const toolPaths = shuffle(
      tools.rows.map((row) => toolPath(row.slug, row.name)),
      seed,
    );
    const half = Math.ceil(toolPaths.length / 2);
    return {
      home: ["/"],
      tool: toolPaths.slice(0, half),
      "tool-first-render": toolPaths.slice(half),
      server: shuffle(
        servers.rows.map((row) => serverPath(row.slug)),
        seed,
      ),
      search: searchPaths(Math.min(count, 500), seed),
      static: [STATIC_PATH],
    };
  } finally {
    await client.end();
  }
}

function searchPaths(count: number, seed: number): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const domain = random.pick(DOMAINS);
    const roll = random.next();
    const query =
      roll < 0.4
        ? `${random.pick(VERBS).word} ${random.pick(domain.nouns).replaceAll("_", " ")}`
        : roll < 0.7
          ? random.pick(domain.nouns).replaceAll("_", " ")
          : roll < 0.85
            ? random.pick(domain.products)
            : random.pick(OWNERS);
    return `/search?q=${encodeURIComponent(query)}`;
  });
}

function shuffle<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
