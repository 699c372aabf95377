import { z } from "zod";
import { ConfigError } from "@/lib/env";
import { ServerJsonSchema, serverSlug } from "./server-json";
import type { ServerEntry } from "./server-list";

const OFFICIAL_META = "io.modelcontextprotocol.registry/official";

// GET /v0.1/servers: { servers: [{ server: <server.json>, _meta: { [OFFICIAL_META]: { status, isLatest } } }],
// metadata: { nextCursor?, count } }. Items stay unknown here and are parsed one by one below.
const PageSchema = z.object({
  servers: z.array(z.unknown()),
  metadata: z.looseObject({ nextCursor: z.string().nullish() }).optional(),
});
const ItemSchema = z.looseObject({
  server: z.unknown(),
  _meta: z.record(z.string(), z.unknown()).optional(),
});
const OfficialMetaSchema = z.looseObject({ status: z.string().optional(), isLatest: z.boolean().optional() });

export type RegistryImport = { entries: ServerEntry[]; deleted: number; problems: string[] };

export type RegistryImportOptions = { pageSize?: number; maxPages?: number; fetch?: typeof fetch };

/**
 * Every live server of an MCP registry, following cursors to the end. Deleted entries are
 * skipped; a malformed entry is reported and the rest imported. Later versions of a name win.
 */
export async function importFromRegistry(
  baseUrl: string,
  options: RegistryImportOptions = {},
): Promise<RegistryImport> {
  const doFetch = options.fetch ?? fetch;
  const bySlug = new Map<string, ServerEntry>();
  const problems: string[] = [];
  let deleted = 0;
  let cursor: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 10_000); page++) {
    const url = new URL("v0.1/servers", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
    url.searchParams.set("limit", String(options.pageSize ?? 100));
    if (cursor) url.searchParams.set("cursor", cursor);
    const body = await fetchPage(doFetch, url);
    for (const [index, raw] of body.servers.entries()) {
      const item = ItemSchema.safeParse(raw);
      const server = item.success ? ServerJsonSchema.safeParse(item.data.server) : undefined;
      if (!item.success || !server?.success) {
        const issue = (server && !server.success ? server.error : item.error)?.issues[0];
        problems.push(`page ${page + 1}, entry ${index}: ${issue?.path.join(".") || "(entry)"}: ${issue?.message}`);
        continue;
      }
      const meta = OfficialMetaSchema.safeParse(item.data._meta?.[OFFICIAL_META]);
      if (meta.success && meta.data.status === "deleted") {
        deleted++;
        continue;
      }
      if (meta.success && meta.data.isLatest === false) continue;
      const slug = serverSlug(server.data);
      bySlug.set(slug, { slug, entry: server.data });
    }
    cursor = body.metadata?.nextCursor || undefined;
    if (!cursor) break;
  }
  return { entries: [...bySlug.values()], deleted, problems };
}

async function fetchPage(doFetch: typeof fetch, url: URL) {
  let response: Response;
  try {
    response = await doFetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new ConfigError(
      `Cannot reach the registry at ${url.origin}: ${(error as Error).message}`,
      "REGISTRY_UNREACHABLE",
    );
  }
  if (!response.ok) throw new ConfigError(`The registry answered ${response.status} for ${url}`, "REGISTRY_ERROR");
  const parsed = PageSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ConfigError(`The registry's answer for ${url} is not a server list`, "REGISTRY_ERROR");
  return parsed.data;
}
