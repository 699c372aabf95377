import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedOptionsSchema } from "@/lib/synthetic/options";
import { countSyntheticServers, seedSyntheticCatalogue } from "@/lib/synthetic/seed";
import { prismaSeedTarget } from "@/lib/synthetic/target";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let db: TestDatabase;
const options = SeedOptionsSchema.parse({ servers: 7, toolsPerServer: 4, batchSize: 3 });

beforeAll(async () => {
  db = await createTestDatabase();
  // A real server the seeder must leave alone.
  await db.prisma.server.create({
    data: {
      slug: "real-server",
      name: "io.github.real/server",
      tools: { create: { name: "get_thing", inputSchema: {}, definitionHash: "x" } },
    },
  });
});
afterAll(() => db.close());

describe("seedSyntheticCatalogue", () => {
  it("writes servers, tools, one revision and one matching classification per tool", async () => {
    const result = await seedSyntheticCatalogue(prismaSeedTarget(db.prisma), options);
    expect(result).toMatchObject({ servers: 7, tools: 28 });
    expect(await db.prisma.server.count({ where: { slug: { startsWith: "syn-" } } })).toBe(7);
    expect(await db.prisma.tool.count({ where: { server: { slug: { startsWith: "syn-" } } } })).toBe(28);
    expect(await db.prisma.toolRevision.count()).toBe(28);
    const tools = await db.prisma.tool.findMany({
      where: { server: { slug: { startsWith: "syn-" } } },
      include: { classifications: true, revisions: true, server: true },
    });
    for (const tool of tools) {
      expect(tool.classifications).toHaveLength(1);
      const [classification] = tool.classifications;
      expect(classification).toMatchObject({
        category: tool.category,
        risk: tool.risk,
        classifierName: "synthetic",
        classifierVersion: "1",
        definitionHash: tool.definitionHash,
      });
      expect(Array.isArray(classification?.evidence)).toBe(true);
      expect(tool.revisions.map((revision) => revision.hash)).toEqual([tool.definitionHash]);
    }
    const servers = await db.prisma.server.findMany({
      where: { slug: { startsWith: "syn-" } },
      include: { tools: true },
    });
    for (const server of servers) {
      expect(server.toolCount).toBe(server.tools.filter((tool) => !tool.removedAt).length);
    }
  });

  it("refuses to load twice, and --reset replaces only synthetic rows with identical ones", async () => {
    const target = prismaSeedTarget(db.prisma);
    await expect(seedSyntheticCatalogue(target, options)).rejects.toThrow(/already loaded; pass --reset/);
    const before = await db.prisma.tool.findMany({
      where: { server: { slug: { startsWith: "syn-" } } },
      orderBy: { id: "asc" },
    });
    const result = await seedSyntheticCatalogue(target, { ...options, reset: true });
    expect(result.deletedServers).toBe(7);
    expect(await countSyntheticServers(target)).toBe(7);
    const after = await db.prisma.tool.findMany({
      where: { server: { slug: { startsWith: "syn-" } } },
      orderBy: { id: "asc" },
    });
    const strip = ({ id, serverId, ...rest }: (typeof before)[number]) => rest;
    expect(after.map(strip)).toEqual(before.map(strip));
    expect(
      await db.prisma.server.findUnique({ where: { slug: "real-server" }, include: { tools: true } }),
    ).toMatchObject({
      tools: [{ name: "get_thing" }],
    });
  });
});
