import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToolDefinition } from "@/lib/tool-hash";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { classifyCatalogue } from "./store";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function addTool(serverId: number, name: string, description: string) {
  const definition = { name, description, inputSchema: { type: "object" } };
  return database.prisma.tool.create({
    data: {
      serverId,
      name,
      description,
      inputSchema: definition.inputSchema,
      definitionHash: hashToolDefinition(definition),
    },
  });
}

describe("classifyCatalogue", () => {
  it("classifies new tools, skips unchanged ones, redoes changed ones, and --all redoes everything", async () => {
    const db = database.prisma;
    const server = await db.server.create({ data: { slug: "store-test", name: "store-test" } });
    const remover = await addTool(server.id, "delete_item", "Delete an item");
    const lister = await addTool(server.id, "list_items", "List items");

    const first = await classifyCatalogue(db);
    expect(first.classified).toBeGreaterThanOrEqual(2);
    const stored = await db.tool.findUniqueOrThrow({ where: { id: remover.id } });
    expect([stored.category, stored.risk]).toEqual(["Destructive", "Critical"]);
    const row = await db.classification.findFirstOrThrow({ where: { toolId: remover.id } });
    expect(row.definitionHash).toBe(remover.definitionHash);
    expect(row.classifierName).toBe("toolrisk-rules");
    expect(Array.isArray(row.evidence)).toBe(true);

    const second = await classifyCatalogue(db);
    expect(second.classified).toBe(0);

    const changed = { name: "list_items", description: "Purge all items", inputSchema: { type: "object" } };
    await db.tool.update({
      where: { id: lister.id },
      data: { description: changed.description, definitionHash: hashToolDefinition(changed) },
    });
    const third = await classifyCatalogue(db);
    expect(third.classified).toBe(1);
    expect(await db.classification.count({ where: { toolId: lister.id } })).toBe(2);

    const all = await classifyCatalogue(db, { all: true });
    expect(all.classified).toBe(all.tools);
  });
});
