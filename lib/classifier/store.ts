import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ServerContext, ToolDefinitionSchema } from "@/lib/tool-definition";
import type { BatchItem } from "./batch";
import { classifyTool } from "./classify";
import { type Classification, type ClassifierId, RULES_CLASSIFIER } from "./schema";

/**
 * What classifies stored tools: a batch at a time (one server's tools), so a model can be asked
 * about several at once. `ids` are the classifiers whose rows count as current: a tool with a row
 * by any of them for its current definition is not classified again.
 */
export type StoreClassifier = {
  ids: ClassifierId[];
  classifyBatch: (items: BatchItem[]) => Promise<Classification[]>;
};

export const RULES_STORE_CLASSIFIER: StoreClassifier = {
  ids: [RULES_CLASSIFIER],
  classifyBatch: async (items) => items.map((item) => classifyTool(item.record.definition, item.server)),
};

export type CatalogueRun = {
  servers: number;
  tools: number;
  classified: number;
  unchanged: number;
  unreadable: number;
};

/**
 * Classifies the catalogue's current tools, server by server (a tool's context is its server's other
 * tools). A tool counts as changed when it has no classification for its current definition hash by
 * this classifier name and version; `all` redoes every tool. Each classification is kept as a row,
 * and the tool's category and risk are copied from it for list filters.
 */
export async function classifyCatalogue(
  db: Db,
  options: { all?: boolean; classifier?: StoreClassifier; onServer?: (run: CatalogueRun) => void } = {},
): Promise<CatalogueRun> {
  const classifier = options.classifier ?? RULES_STORE_CLASSIFIER;
  const run: CatalogueRun = { servers: 0, tools: 0, classified: 0, unchanged: 0, unreadable: 0 };
  const servers = await db.server.findMany({
    select: { id: true, slug: true, description: true },
    orderBy: { id: "asc" },
  });
  for (const server of servers) {
    await classifyServer(db, server, classifier, options.all ?? false, run);
    run.servers++;
    options.onServer?.(run);
  }
  return run;
}

async function classifyServer(
  db: Db,
  server: { id: number; slug: string; description: string | null },
  classifier: StoreClassifier,
  all: boolean,
  run: CatalogueRun,
): Promise<void> {
  const tools = await db.tool.findMany({
    where: { serverId: server.id, removedAt: null },
    select: {
      id: true,
      name: true,
      title: true,
      description: true,
      inputSchema: true,
      outputSchema: true,
      annotations: true,
      definitionHash: true,
    },
    orderBy: { id: "asc" },
  });
  run.tools += tools.length;
  const done = all ? new Set<string>() : await alreadyClassified(db, tools, classifier.ids);
  const names = tools.map((tool) => tool.name);

  const pending: { id: number; definitionHash: string; item: BatchItem }[] = [];
  for (const tool of tools) {
    if (done.has(`${tool.id}:${tool.definitionHash}`)) {
      run.unchanged++;
      continue;
    }
    // Stored JSON is parsed back into our own shape rather than trusted.
    const definition = ToolDefinitionSchema.safeParse({
      name: tool.name,
      title: tool.title ?? undefined,
      description: tool.description ?? undefined,
      inputSchema: tool.inputSchema ?? undefined,
      outputSchema: tool.outputSchema ?? undefined,
      annotations: tool.annotations ?? undefined,
    });
    if (!definition.success) {
      run.unreadable++;
      continue;
    }
    const context: ServerContext = {
      name: server.slug,
      description: server.description ?? undefined,
      siblingToolNames: names.filter((name) => name !== tool.name),
    };
    const record = {
      line: 0,
      server: server.slug,
      serverDescription: server.description ?? undefined,
      definition: definition.data,
    };
    pending.push({ id: tool.id, definitionHash: tool.definitionHash, item: { record, server: context } });
  }
  const results = await classifier.classifyBatch(pending.map((entry) => entry.item));
  const rows: Prisma.ClassificationCreateManyInput[] = pending.map((entry, index) => {
    const result = results[index];
    if (!result) throw new Error(`the classifier returned ${results.length} results for ${pending.length} tools`);
    return {
      toolId: entry.id,
      category: result.category,
      risk: result.risk,
      confidence: result.confidence,
      rationale: result.rationale,
      evidence: result.evidence as Prisma.InputJsonValue,
      annotationFindings: result.annotationFindings as Prisma.InputJsonValue,
      classifierName: result.classifier.name,
      classifierVersion: result.classifier.version,
      definitionHash: entry.definitionHash,
    };
  });
  if (rows.length === 0) return;
  await db.$transaction([
    db.classification.createMany({ data: rows }),
    ...rows.map((row) =>
      db.tool.update({ where: { id: row.toolId }, data: { category: row.category, risk: row.risk } }),
    ),
  ]);
  run.classified += rows.length;
}

async function alreadyClassified(
  db: Db,
  tools: { id: number; definitionHash: string }[],
  ids: ClassifierId[],
): Promise<Set<string>> {
  const existing = await db.classification.findMany({
    where: {
      toolId: { in: tools.map((tool) => tool.id) },
      OR: ids.map((id) => ({ classifierName: id.name, classifierVersion: id.version })),
    },
    select: { toolId: true, definitionHash: true },
  });
  return new Set(existing.map((row) => `${row.toolId}:${row.definitionHash}`));
}
