import { z } from "zod";

/**
 * The official MCP Registry's server.json format (the parts the crawler uses; unknown fields are
 * kept). Both the curated list (prisma/servers.json) and registry imports are parsed into it.
 */
export const KeyValueInputSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  value: z.string().optional(),
  default: z.string().optional(),
  isRequired: z.boolean().optional(),
  isSecret: z.boolean().optional(),
});
export type KeyValueInput = z.infer<typeof KeyValueInputSchema>;

const PositionalArgumentSchema = z.looseObject({
  type: z.literal("positional"),
  value: z.string().optional(),
  valueHint: z.string().optional(),
  default: z.string().optional(),
  isRequired: z.boolean().optional(),
});
const NamedArgumentSchema = z.looseObject({
  type: z.literal("named"),
  name: z.string().min(1),
  value: z.string().optional(),
  default: z.string().optional(),
  isRequired: z.boolean().optional(),
});
export const ArgumentSchema = z.discriminatedUnion("type", [PositionalArgumentSchema, NamedArgumentSchema]);
export type Argument = z.infer<typeof ArgumentSchema>;

export const TransportKindSchema = z.enum(["stdio", "streamable-http", "sse"]);
export type TransportKind = z.infer<typeof TransportKindSchema>;

export const PackageSchema = z.looseObject({
  /** npm, pypi and oci are crawled; others (nuget, mcpb) are recorded as skipped. */
  registryType: z.string().min(1),
  registryBaseUrl: z.string().optional(),
  identifier: z.string().min(1),
  version: z.string().optional(),
  runtimeHint: z.string().optional(),
  transport: z.looseObject({
    type: TransportKindSchema,
    url: z.string().optional(),
    headers: z.array(KeyValueInputSchema).optional(),
  }),
  runtimeArguments: z.array(ArgumentSchema).optional(),
  packageArguments: z.array(ArgumentSchema).optional(),
  environmentVariables: z.array(KeyValueInputSchema).optional(),
});
export type Package = z.infer<typeof PackageSchema>;

export const RemoteSchema = z.looseObject({
  type: z.enum(["streamable-http", "sse"]),
  url: z.string().min(1),
  headers: z.array(KeyValueInputSchema).optional(),
});
export type Remote = z.infer<typeof RemoteSchema>;

/** Where Toolrisk keeps its own facts about an entry, in the format's extension point. */
export const TOOLRISK_META_KEY = "dev.toolrisk/crawl";
const ToolriskMetaSchema = z.looseObject({ slug: z.string().optional(), expectedTools: z.number().optional() });

export const ServerJsonSchema = z.looseObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  version: z.string().optional(),
  websiteUrl: z.string().optional(),
  repository: z.looseObject({ url: z.string().optional(), source: z.string().optional() }).optional(),
  packages: z.array(PackageSchema).optional(),
  remotes: z.array(RemoteSchema).optional(),
  _meta: z.record(z.string(), z.unknown()).optional(),
});
export type ServerJson = z.infer<typeof ServerJsonSchema>;

/** prisma/servers.json: the curated list. */
export const ServerListFileSchema = z.object({ servers: z.array(ServerJsonSchema) });
export type ServerListFile = z.infer<typeof ServerListFileSchema>;

/** The stable catalogue key: our own slug when the entry names one, else derived from its name. */
export function serverSlug(entry: ServerJson): string {
  const meta = ToolriskMetaSchema.safeParse(entry._meta?.[TOOLRISK_META_KEY]);
  if (meta.success && meta.data.slug) return meta.data.slug;
  return slugify(entry.name);
}

export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/^@/, "")
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "");
  return slug || "server";
}
