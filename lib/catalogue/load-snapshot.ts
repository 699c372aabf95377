import { readFileSync } from "node:fs";
import { recordServerTools } from "@/lib/catalogue/record-tools";
import { type CatalogueSnapshot, CatalogueSnapshotSchema, type SnapshotServer } from "@/lib/catalogue/snapshot";
import type { Db } from "@/lib/db";
import { ConfigError } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DEFAULT_SNAPSHOT_PATH = "prisma/catalogue.json";

/** Reads and validates a snapshot file; any problem is one ConfigError naming the file and the place. */
export function readSnapshotFile(file: string): CatalogueSnapshot {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `Cannot read the catalogue snapshot ${file}: ${(error as Error).message}`,
      "SNAPSHOT_UNREADABLE",
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `The catalogue snapshot ${file} is not valid JSON (${(error as Error).message}). Restore it with: git checkout -- ${file}`,
      "SNAPSHOT_CORRUPT",
    );
  }
  const parsed = CatalogueSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top level)";
    throw new ConfigError(
      `The catalogue snapshot ${file} is not a valid snapshot: at ${where}: ${issue?.message}. Restore it with: git checkout -- ${file}`,
      "SNAPSHOT_CORRUPT",
    );
  }
  return parsed.data;
}

export function serverFields(server: SnapshotServer) {
  return {
    name: server.name,
    title: server.title ?? null,
    description: server.description ?? null,
    version: server.version ?? null,
    packageRegistry: server.packageRegistry ?? null,
    packageName: server.packageName ?? null,
    packageVersion: server.packageVersion ?? null,
    remoteUrl: server.remoteUrl ?? null,
    repositoryUrl: server.repositoryUrl ?? null,
    registryName: server.registryName ?? null,
    transport: server.transport ?? null,
    instructions: server.instructions ?? null,
    capabilities: (server.capabilities ?? undefined) as Prisma.InputJsonValue | undefined,
    entry: (server.entry ?? undefined) as Prisma.InputJsonValue | undefined,
    lastCrawledAt: server.lastCrawledAt ? new Date(server.lastCrawledAt) : null,
    lastCrawlStatus: server.lastCrawlStatus,
    lastCrawlError: server.lastCrawlError ?? null,
  };
}

/** Loads every server of a snapshot (upsert by slug), recording tools as a crawl would. */
export async function loadSnapshot(db: Db, snapshot: CatalogueSnapshot): Promise<{ servers: number; tools: number }> {
  let tools = 0;
  for (const server of snapshot.servers) {
    const seenAt = server.lastCrawledAt ? new Date(server.lastCrawledAt) : new Date(snapshot.generatedAt);
    await db.$transaction(
      async (tx) => {
        const row = await tx.server.upsert({
          where: { slug: server.slug },
          create: { slug: server.slug, ...serverFields(server) },
          update: serverFields(server),
        });
        await recordServerTools(tx, row.id, server.tools, seenAt);
      },
      { timeout: 60_000 },
    );
    tools += server.tools.length;
  }
  return { servers: snapshot.servers.length, tools };
}
