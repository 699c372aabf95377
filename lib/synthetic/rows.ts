import { SYNTHETIC_CLASSIFIER } from "@/lib/synthetic/classification";
import type { SyntheticServer } from "@/lib/synthetic/generate";

/** One parameterised statement; a batch is a list of them run in one transaction. */
export type Statement = { sql: string; params: unknown[] };

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The INSERTs for a batch of servers, as column arrays expanded by unnest(): one statement per
 * table however many rows, which is several times faster than multi-row VALUES lists and never
 * meets PostgreSQL's 65,535-parameter limit. Ids are reserved beforehand from the tables' own
 * sequences, so tools, revisions and classifications can name their parents without a round trip.
 */
export function batchStatements(servers: SyntheticServer[], serverIds: number[], toolIds: number[]): Statement[] {
  const tools = servers.flatMap((server, i) => server.tools.map((tool) => ({ tool, serverId: serverIds[i] })));
  if (serverIds.length !== servers.length || toolIds.length !== tools.length) {
    throw new Error(`reserved ${serverIds.length}/${toolIds.length} ids for ${servers.length}/${tools.length} rows`);
  }
  const serverStatement: Statement = {
    sql: `INSERT INTO "Server" (id, slug, name, title, description, version, "packageRegistry", "packageName",
        "packageVersion", "repositoryUrl", "registryName", transport, "lastCrawledAt", "lastCrawlStatus",
        "toolCount", "createdAt", "updatedAt")
      SELECT id, slug, name, title, description, version, 'npm', "packageName", version, "repositoryUrl",
        'synthetic', 'stdio', crawled, 'ok'::"CrawlStatus", "toolCount", crawled, crawled
      FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
        $9::timestamp[], $10::int[])
        AS u(id, slug, name, title, description, version, "packageName", "repositoryUrl", crawled, "toolCount")`,
    params: [
      serverIds,
      servers.map((s) => s.slug),
      servers.map((s) => s.name),
      servers.map((s) => s.title),
      servers.map((s) => s.description),
      servers.map((s) => s.version),
      servers.map((s) => s.packageName),
      servers.map((s) => s.repositoryUrl),
      servers.map((s) => iso(s.lastCrawledAt)),
      servers.map((s) => s.currentToolCount),
    ],
  };
  const definitions = tools.map(({ tool }) => JSON.stringify(tool.definition));
  const hashes = tools.map(({ tool }) => tool.hash);
  const firstSeen = tools.map(({ tool }) => iso(tool.firstSeenAt));
  const lastSeen = tools.map(({ tool }) => iso(tool.lastSeenAt));
  const toolStatement: Statement = {
    sql: `INSERT INTO "Tool" (id, "serverId", name, title, description, "inputSchema", annotations, "definitionHash",
        "firstSeenAt", "lastSeenAt", "removedAt", category, risk, "changedAt")
      SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[],
        $8::text[], $9::timestamp[], $10::timestamp[], $11::timestamp[], $12::"Category"[], $13::"Risk"[],
        $14::timestamp[])`,
    params: [
      toolIds,
      tools.map(({ serverId }) => serverId),
      tools.map(({ tool }) => tool.definition.name),
      tools.map(({ tool }) => tool.definition.title ?? null),
      tools.map(({ tool }) => tool.definition.description ?? null),
      tools.map(({ tool }) => JSON.stringify(tool.definition.inputSchema)),
      tools.map(({ tool }) => (tool.definition.annotations ? JSON.stringify(tool.definition.annotations) : null)),
      hashes,
      firstSeen,
      lastSeen,
      tools.map(({ tool }) => isoOrNull(tool.removedAt)),
      tools.map(({ tool }) => tool.classification.category),
      tools.map(({ tool }) => tool.classification.risk),
      tools.map(({ tool }) => iso(tool.changedAt)),
    ],
  };
  const revisionStatement: Statement = {
    sql: `INSERT INTO "ToolRevision" ("toolId", hash, definition, "firstSeenAt", "lastSeenAt")
      SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[], $4::timestamp[], $5::timestamp[])`,
    params: [toolIds, hashes, definitions, firstSeen, lastSeen],
  };
  const classificationStatement: Statement = {
    sql: `INSERT INTO "Classification" ("toolId", category, risk, confidence, rationale, evidence, "classifierName",
        "classifierVersion", "definitionHash", "createdAt")
      SELECT "toolId", category, risk, confidence, rationale, evidence, $6, $7, hash, created
      FROM unnest($1::int[], $2::"Category"[], $3::"Risk"[], $4::float8[], $5::text[], $8::jsonb[], $9::text[],
        $10::timestamp[]) AS u("toolId", category, risk, confidence, rationale, evidence, hash, created)`,
    params: [
      toolIds,
      tools.map(({ tool }) => tool.classification.category),
      tools.map(({ tool }) => tool.classification.risk),
      tools.map(({ tool }) => tool.classification.confidence),
      tools.map(({ tool }) => tool.classification.rationale),
      SYNTHETIC_CLASSIFIER.name,
      SYNTHETIC_CLASSIFIER.version,
      tools.map(({ tool }) => JSON.stringify(tool.classification.evidence)),
      hashes,
      lastSeen,
    ],
  };
  return [serverStatement, toolStatement, revisionStatement, classificationStatement];
}
