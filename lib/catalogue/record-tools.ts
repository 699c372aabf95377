import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ToolDefinition } from "@/lib/tool-definition";
import { hashToolDefinition, normaliseToolDefinition } from "@/lib/tool-hash";

export type RecordCounts = { added: number; changed: number; removed: number; unchanged: number };

type Tx = Prisma.TransactionClient | Db;

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Records one server's current tool list. Unchanged tools get a new lastSeenAt; changed ones a new
 * revision; tools no longer listed are marked removed (never deleted). Tool names must be unique.
 */
export async function recordServerTools(
  db: Tx,
  serverId: number,
  tools: ToolDefinition[],
  seenAt: Date,
): Promise<RecordCounts> {
  const counts: RecordCounts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const existing = await db.tool.findMany({
    where: { serverId },
    select: { id: true, name: true, definitionHash: true, removedAt: true },
  });
  const byName = new Map(existing.map((tool) => [tool.name, tool]));
  const unchangedIds: number[] = [];
  const unchangedHashes: string[] = [];

  for (const tool of tools) {
    const definition = normaliseToolDefinition(tool);
    const hash = hashToolDefinition(definition);
    const fields = {
      title: definition.title ?? null,
      description: definition.description ?? null,
      inputSchema: json(definition.inputSchema),
      outputSchema: definition.outputSchema ? json(definition.outputSchema) : undefined,
      annotations: definition.annotations ? json(definition.annotations) : undefined,
      definitionHash: hash,
      lastSeenAt: seenAt,
    };
    const previous = byName.get(tool.name);
    byName.delete(tool.name);
    if (!previous) {
      await db.tool.create({
        data: {
          ...fields,
          serverId,
          name: tool.name,
          firstSeenAt: seenAt,
          changedAt: seenAt,
          revisions: { create: { hash, definition: json(definition), firstSeenAt: seenAt, lastSeenAt: seenAt } },
        },
      });
      counts.added++;
    } else if (previous.definitionHash === hash && !previous.removedAt) {
      unchangedIds.push(previous.id);
      unchangedHashes.push(hash);
      counts.unchanged++;
    } else {
      // A changed definition, or a tool that returns after removal: either is news on the page.
      await db.tool.update({ where: { id: previous.id }, data: { ...fields, removedAt: null, changedAt: seenAt } });
      await db.toolRevision.upsert({
        where: { toolId_hash: { toolId: previous.id, hash } },
        create: { toolId: previous.id, hash, definition: json(definition), firstSeenAt: seenAt, lastSeenAt: seenAt },
        update: { lastSeenAt: seenAt },
      });
      if (previous.definitionHash === hash) counts.added++;
      else counts.changed++;
    }
  }

  if (unchangedIds.length) {
    await db.tool.updateMany({ where: { id: { in: unchangedIds } }, data: { lastSeenAt: seenAt } });
    await db.toolRevision.updateMany({
      where: { toolId: { in: unchangedIds }, hash: { in: unchangedHashes } },
      data: { lastSeenAt: seenAt },
    });
  }
  const goneIds = [...byName.values()].filter((tool) => !tool.removedAt).map((tool) => tool.id);
  if (goneIds.length) {
    await db.tool.updateMany({ where: { id: { in: goneIds } }, data: { removedAt: seenAt, changedAt: seenAt } });
    counts.removed = goneIds.length;
  }
  await db.server.update({ where: { id: serverId }, data: { toolCount: tools.length } });
  return counts;
}
