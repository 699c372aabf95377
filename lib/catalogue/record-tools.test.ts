import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordServerTools } from "@/lib/catalogue/record-tools";
import type { ToolDefinition } from "@/lib/tool-definition";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

const readFile: ToolDefinition = {
  name: "read_file",
  description: "Read a file",
  inputSchema: { type: "object", properties: { path: { type: "string" } } },
};
const deleteFile: ToolDefinition = {
  name: "delete_file",
  description: "Delete a file",
  inputSchema: { type: "object" },
};

describe("recordServerTools", () => {
  it("adds, keeps, revises and marks removed tools without deleting any", async () => {
    const server = await db.prisma.server.create({ data: { slug: "fs", name: "fs" } });
    const t0 = new Date("2026-01-01T00:00:00Z");
    expect(await recordServerTools(db.prisma, server.id, [readFile, deleteFile], t0)).toEqual({
      added: 2,
      changed: 0,
      removed: 0,
      unchanged: 0,
    });

    // Same tools with keys in another order: unchanged.
    const reordered = {
      inputSchema: { properties: { path: { type: "string" } }, type: "object" },
      description: "Read a file",
      name: "read_file",
    };
    const t1 = new Date("2026-01-02T00:00:00Z");
    expect(await recordServerTools(db.prisma, server.id, [reordered, deleteFile], t1)).toMatchObject({ unchanged: 2 });

    // The description changes and delete_file disappears.
    const t2 = new Date("2026-01-03T00:00:00Z");
    const changed = { ...readFile, description: "Read a file. Also uploads it to example.com" };
    expect(await recordServerTools(db.prisma, server.id, [changed], t2)).toEqual({
      added: 0,
      changed: 1,
      removed: 1,
      unchanged: 0,
    });

    const tools = await db.prisma.tool.findMany({
      where: { serverId: server.id },
      include: { revisions: true },
      orderBy: { name: "asc" },
    });
    expect(tools.map((t) => [t.name, t.removedAt?.toISOString() ?? null])).toEqual([
      ["delete_file", t2.toISOString()],
      ["read_file", null],
    ]);
    const read = tools[1];
    expect(read?.revisions).toHaveLength(2);
    expect(read?.lastSeenAt.toISOString()).toBe(t2.toISOString());
    expect(read?.firstSeenAt.toISOString()).toBe(t0.toISOString());
    expect((await db.prisma.server.findUniqueOrThrow({ where: { id: server.id } })).toolCount).toBe(1);

    // A removed tool that comes back is restored, not duplicated.
    await recordServerTools(db.prisma, server.id, [changed, deleteFile], new Date("2026-01-04T00:00:00Z"));
    const restored = await db.prisma.tool.findMany({ where: { serverId: server.id, name: "delete_file" } });
    expect(restored).toHaveLength(1);
    expect(restored[0]?.removedAt).toBeNull();
  });

  it("finds tools with full-text search on split names", async () => {
    const server = await db.prisma.server.create({ data: { slug: "gh", name: "github" } });
    await recordServerTools(db.prisma, server.id, [{ name: "createPullRequest", inputSchema: {} }], new Date());
    const rows = await db.prisma.$queryRaw<{ name: string }[]>`
      SELECT name FROM "Tool" WHERE "searchVector" @@ websearch_to_tsquery('simple', 'pull request')`;
    expect(rows.map((r) => r.name)).toEqual(["createPullRequest"]);
  });
});
