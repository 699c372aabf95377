import { z } from "zod";
import { ToolDefinitionSchema } from "@/lib/tool-definition";

/**
 * The shipped catalogue (prisma/catalogue.json): servers as a crawl saw them, with their tools.
 * `npm start` loads it into an empty database; `npm run catalogue:export` regenerates it.
 */
export const SnapshotServerSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "slug: lowercase letters, digits, '.', '_' and '-'"),
  name: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  version: z.string().optional(),
  packageRegistry: z.enum(["npm", "pypi", "oci"]).optional(),
  packageName: z.string().optional(),
  packageVersion: z.string().optional(),
  remoteUrl: z.string().optional(),
  repositoryUrl: z.string().optional(),
  registryName: z.string().optional(),
  transport: z.enum(["stdio", "streamable-http", "sse"]).optional(),
  instructions: z.string().optional(),
  capabilities: z.record(z.string(), z.unknown()).optional(),
  entry: z.record(z.string(), z.unknown()).optional(),
  lastCrawledAt: z.iso.datetime().optional(),
  lastCrawlStatus: z.enum(["never", "ok", "failed", "skipped"]).default("never"),
  lastCrawlError: z.string().optional(),
  tools: z.array(ToolDefinitionSchema),
});
export type SnapshotServer = z.infer<typeof SnapshotServerSchema>;

export const CatalogueSnapshotSchema = z.object({
  version: z.literal(1),
  generatedAt: z.iso.datetime(),
  /** How the snapshot was made, e.g. "crawl of prisma/servers.json". */
  source: z.string(),
  servers: z.array(SnapshotServerSchema),
});
export type CatalogueSnapshot = z.infer<typeof CatalogueSnapshotSchema>;
