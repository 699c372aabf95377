import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError } from "@/lib/env";
import { DEFAULT_SERVER_LIST } from "./server-list";

const positiveInt = (flag: string) =>
  z.coerce
    .number({ error: `${flag} must be a number` })
    .int()
    .positive({ error: `${flag} must be above 0` });

export const CrawlOptionsSchema = z.object({
  concurrency: positiveInt("--concurrency").default(os.availableParallelism()),
  only: z.array(z.string()).default([]),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  list: z.string().default(DEFAULT_SERVER_LIST),
  registry: z.url({ error: "--registry must be a URL" }).optional(),
  allowPrivate: z.boolean().default(false),
  /** Seconds for one whole server: start, initialize and every list. */
  timeout: positiveInt("--timeout").default(60),
  connectTimeout: positiveInt("--connect-timeout").default(30),
  maxTools: positiveInt("--max-tools").default(5_000),
  maxOutputMb: positiveInt("--max-output-mb").default(32),
  /** Start a new run even when an unfinished one exists. */
  new: z.boolean().default(false),
  /** A folder where the servers' npm packages are installed; their bins are run instead of npx. */
  npmDir: z.string().optional(),
  /** Seconds between progress lines (default: 1 on a terminal, 10 otherwise). */
  progressInterval: z.coerce.number({ error: "--progress-interval must be a number" }).positive().optional(),
});
export type CrawlOptions = z.infer<typeof CrawlOptionsSchema>;

export const CRAWL_USAGE = `Usage: npm run crawl -- [options]
  --list FILE            server.json list to crawl (default ${DEFAULT_SERVER_LIST})
  --registry URL         import servers from an MCP registry (GET /v0.1/servers) instead
  --only SLUG            crawl only this server (repeatable; starts a new run)
  --new                  start a new run instead of resuming the newest unfinished one
  --concurrency N        servers crawled at once (default: CPU cores)
  --timeout SECONDS      limit for one server, start to last list (default 60)
  --connect-timeout S    limit for start and initialize (default 30)
  --max-tools N          refuse servers listing more tools (default 5000)
  --max-output-mb N      stdout cap per server (default 32)
  --npm-dir DIR          run npm servers installed in DIR instead of npx
  --allow-private        allow remote URLs on private/loopback addresses
  --progress-interval S  seconds between progress lines (default 1 on a terminal, 10 otherwise)
  --dry-run              connect and list, write nothing
  --json                 print the result as JSON on stdout`;

export function parseCrawlOptions(argv: string[]): CrawlOptions {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        concurrency: { type: "string" },
        only: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        list: { type: "string" },
        registry: { type: "string" },
        "allow-private": { type: "boolean" },
        timeout: { type: "string" },
        "connect-timeout": { type: "string" },
        "max-tools": { type: "string" },
        "max-output-mb": { type: "string" },
        new: { type: "boolean" },
        "npm-dir": { type: "string" },
        "progress-interval": { type: "string" },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${CRAWL_USAGE}`, "USAGE");
  }
  const camel = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]),
  );
  const parsed = CrawlOptionsSchema.safeParse(camel);
  if (!parsed.success) {
    throw new ConfigError(`${parsed.error.issues[0]?.message}\n${CRAWL_USAGE}`, "USAGE");
  }
  return parsed.data;
}
