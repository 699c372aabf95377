import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServerJson } from "./server-json";
import type { ServerEntry } from "./server-list";

const REGISTRY_NAME = /^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/;

/** The catalogue's description of a server, from its server.json entry (crawl results are separate). */
export function serverFieldsFromEntry(entry: ServerJson) {
  const pkg = entry.packages?.[0];
  const remote = entry.remotes?.[0];
  return {
    name: entry.name,
    title: entry.title ?? null,
    description: entry.description ?? null,
    version: entry.version ?? null,
    packageRegistry: pkg?.registryType ?? null,
    packageName: pkg?.identifier ?? null,
    packageVersion: pkg?.version ?? null,
    remoteUrl: remote?.url ?? null,
    repositoryUrl: entry.repository?.url ?? null,
    registryName: REGISTRY_NAME.test(entry.name) ? entry.name : null,
    transport: pkg?.transport.type ?? remote?.type ?? null,
    entry: entry as Prisma.InputJsonValue,
  };
}

/**
 * Creates or updates the Server row of every entry (by slug) and returns their ids. Tools and
 * crawl results are untouched: a list edit never loses what earlier crawls found.
 */
export async function syncServers(db: Db, entries: ServerEntry[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { slug, entry } of entries) {
    const fields = serverFieldsFromEntry(entry);
    const row = await db.server.upsert({
      where: { slug },
      create: { slug, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.set(slug, row.id);
  }
  return ids;
}
