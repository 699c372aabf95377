import { readFileSync } from "node:fs";
import { ConfigError } from "@/lib/env";
import { type ServerJson, ServerListFileSchema, serverSlug } from "./server-json";

export const DEFAULT_SERVER_LIST = "prisma/servers.json";

/** One server the crawler will try: its catalogue slug and the server.json entry it came from. */
export type ServerEntry = { slug: string; entry: ServerJson };

/** Reads the curated list; a broken file is one ConfigError naming the place to fix. */
export function readServerList(file: string): ServerEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`Cannot read the server list ${file}: ${(error as Error).message}`, "SERVER_LIST_UNREADABLE");
  }
  const parsed = ServerListFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `The server list ${file} is not valid: at ${issue?.path.join(".") || "(top level)"}: ${issue?.message}`,
      "SERVER_LIST_INVALID",
    );
  }
  return withUniqueSlugs(
    parsed.data.servers.map((entry) => ({ slug: serverSlug(entry), entry })),
    file,
  );
}

function withUniqueSlugs(entries: ServerEntry[], source: string): ServerEntry[] {
  const seen = new Set<string>();
  for (const { slug } of entries) {
    if (seen.has(slug))
      throw new ConfigError(`Two servers in ${source} share the slug "${slug}".`, "SERVER_LIST_INVALID");
    seen.add(slug);
  }
  return entries;
}

/** Keeps the servers named by --only; an unknown slug is a mistake worth stopping for. */
export function selectServers(entries: ServerEntry[], only: string[]): ServerEntry[] {
  if (!only.length) return entries;
  const bySlug = new Map(entries.map((item) => [item.slug, item]));
  const unknown = only.filter((slug) => !bySlug.has(slug));
  if (unknown.length) {
    throw new ConfigError(`--only names servers not in the list: ${unknown.join(", ")}`, "UNKNOWN_SERVER");
  }
  return only.map((slug) => bySlug.get(slug) as ServerEntry);
}
