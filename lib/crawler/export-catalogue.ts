import { type CatalogueSnapshot, CatalogueSnapshotSchema, type SnapshotServer } from "@/lib/catalogue/snapshot";
import type { Db } from "@/lib/db";
import { ToolDefinitionSchema } from "@/lib/tool-definition";

const PACKAGE_REGISTRIES = ["npm", "pypi", "oci"] as const;
const TRANSPORTS = ["stdio", "streamable-http", "sse"] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);
const optional = <T>(value: T | null): T | undefined => value ?? undefined;
const asRecord = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The catalogue as prisma/catalogue.json ships it: every server (by slug) with its current tools
 * (by name), validated against CatalogueSnapshotSchema so `npm start` can load what we write.
 */
export async function exportCatalogue(db: Db, source: string, generatedAt = new Date()): Promise<CatalogueSnapshot> {
  const servers = await db.server.findMany({
    orderBy: { slug: "asc" },
    include: { tools: { where: { removedAt: null }, orderBy: { name: "asc" } } },
  });
  const snapshot: CatalogueSnapshot = {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    source,
    servers: servers.map(
      (server): SnapshotServer => ({
        slug: server.slug,
        name: server.name,
        title: optional(server.title),
        description: optional(server.description),
        version: optional(server.version),
        packageRegistry: oneOf(PACKAGE_REGISTRIES, server.packageRegistry),
        packageName: optional(server.packageName),
        packageVersion: optional(server.packageVersion),
        remoteUrl: optional(server.remoteUrl),
        repositoryUrl: optional(server.repositoryUrl),
        registryName: optional(server.registryName),
        transport: oneOf(TRANSPORTS, server.transport),
        instructions: optional(server.instructions),
        capabilities: asRecord(server.capabilities),
        entry: asRecord(server.entry),
        lastCrawledAt: server.lastCrawledAt?.toISOString(),
        lastCrawlStatus: server.lastCrawlStatus,
        lastCrawlError: optional(server.lastCrawlError),
        tools: server.tools.map((tool) =>
          ToolDefinitionSchema.parse({
            name: tool.name,
            title: optional(tool.title),
            description: optional(tool.description),
            inputSchema: tool.inputSchema,
            outputSchema: optional(tool.outputSchema),
            annotations: optional(tool.annotations),
          }),
        ),
      }),
    ),
  };
  return CatalogueSnapshotSchema.parse(snapshot);
}
