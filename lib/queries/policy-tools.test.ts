import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentToolNames } from "@/lib/queries/policy-tools";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.server.create({
    data: {
      slug: "fs",
      name: "fs",
      tools: {
        create: [
          { name: "write_file", inputSchema: {}, definitionHash: "a" },
          { name: "read_file", inputSchema: {}, definitionHash: "b" },
          { name: "old_tool", inputSchema: {}, definitionHash: "c", removedAt: new Date() },
        ],
      },
    },
  });
});
afterAll(async () => db?.close());

describe("currentToolNames", () => {
  it("lists a server's current tools, sorted, without removed ones", async () => {
    expect(await currentToolNames("fs", db.prisma)).toEqual(["read_file", "write_file"]);
  });

  it("answers undefined for a server the catalogue does not have", async () => {
    expect(await currentToolNames("nope", db.prisma)).toBeUndefined();
  });
});
