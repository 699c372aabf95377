import type { ToolDefinition } from "@/lib/tool-definition";
import type { Connection, ListKind, ServerIdentity } from "./connection";
import { CrawlError } from "./errors";
import { type LaunchOptions, type LaunchPlan, planLaunch } from "./launch-plan";
import { type ConnectOptions, openConnection } from "./open-connection";
import {
  type PromptSummary,
  PromptSummarySchema,
  type ResourceSummary,
  ResourceSummarySchema,
  reshapeList,
  reshapeTools,
} from "./reshape";
import { createSandbox } from "./sandbox";
import type { ServerJson } from "./server-json";

export type CrawlLimits = ConnectOptions &
  LaunchOptions & {
    totalTimeoutMs: number;
    maxTools: number;
    /** Parent folder of the per-server scratch folders. */
    sandboxDir: string;
  };

export type CrawledServer = {
  identity: ServerIdentity;
  tools: ToolDefinition[];
  prompts?: PromptSummary[];
  resources?: ResourceSummary[];
};

const MAX_PAGES = 1_000;
const MAX_CONTEXT_ITEMS = 1_000;

export type Opener = (plan: LaunchPlan, options: ConnectOptions) => Promise<Connection>;

/**
 * Crawls one server: start or reach it, initialize, list tools (every page), prompts and
 * resources. Everything started is stopped and the scratch folder removed, whatever happens.
 */
export async function crawlServer(
  slug: string,
  entry: ServerJson,
  limits: CrawlLimits,
  open: Opener = openConnection,
): Promise<CrawledServer> {
  const sandbox = createSandbox(limits.sandboxDir, slug);
  const deadline = Date.now() + limits.totalTimeoutMs;
  let connection: Connection | undefined;
  let timer: NodeJS.Timeout | undefined;
  const work = (async () => {
    const plan = await planLaunch(entry, sandbox, limits);
    const connectTimeoutMs = Math.min(limits.connectTimeoutMs, limits.totalTimeoutMs);
    connection = await open(plan, { ...limits, connectTimeoutMs });
    return listEverything(connection, limits.maxTools, deadline);
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CrawlError("TOTAL_TIMEOUT", `the crawl took longer than ${limits.totalTimeoutMs} ms`)),
      limits.totalTimeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // On a timeout during connect there is no connection yet: close it once the attempt ends.
    const cleanup = work.then(
      () => connection?.close(),
      () => connection?.close(),
    );
    if (connection) await connection.close();
    await cleanup.catch(() => {});
    sandbox.dispose();
  }
}

async function listEverything(connection: Connection, maxTools: number, deadline: number): Promise<CrawledServer> {
  const capabilities = connection.identity.capabilities;
  // A server that declares capabilities without `tools` has none; one that declares nothing is asked anyway.
  const tools =
    capabilities && !capabilities.tools
      ? []
      : reshapeTools(await listAll(connection, "tools", maxTools, deadline, "TOOL_LIMIT"));
  const result: CrawledServer = { identity: connection.identity, tools };
  if (capabilities?.prompts) {
    const items = await listAll(connection, "prompts", MAX_CONTEXT_ITEMS, deadline).catch(() => undefined);
    if (items) result.prompts = reshapeList(PromptSummarySchema, items);
  }
  if (capabilities?.resources) {
    const items = await listAll(connection, "resources", MAX_CONTEXT_ITEMS, deadline).catch(() => undefined);
    if (items) result.resources = reshapeList(ResourceSummarySchema, items);
  }
  return result;
}

/** Follows nextCursor to the end, refusing loops and lists past the cap. */
async function listAll(
  connection: Connection,
  kind: ListKind,
  maxItems: number,
  deadline: number,
  overflowCode: "TOOL_LIMIT" | "PROTOCOL_ERROR" = "PROTOCOL_ERROR",
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await connection.list(kind, cursor, Math.max(deadline - Date.now(), 1));
    items.push(...result.items);
    if (items.length > maxItems) {
      throw new CrawlError(overflowCode, `the server lists more than ${maxItems} ${kind}`);
    }
    if (!result.nextCursor) return items;
    if (seenCursors.has(result.nextCursor)) {
      throw new CrawlError(
        "PROTOCOL_ERROR",
        `${kind}/list returned the cursor ${JSON.stringify(result.nextCursor)} twice`,
      );
    }
    seenCursors.add(result.nextCursor);
    cursor = result.nextCursor;
  }
  throw new CrawlError("PROTOCOL_ERROR", `${kind}/list did not end after ${MAX_PAGES} pages`);
}
