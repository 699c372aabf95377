import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToolDefinition } from "@/lib/tool-hash";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { llmStoreClassifier } from "./llm-store";
import { classifyCatalogue } from "./store";

/** A chat completions server on loopback that labels every tool Execute/High and counts requests. */
let server: Server;
let requests = 0;
let env: Record<string, string>;
let database: TestDatabase;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests++;
      const answer = {
        category: "Execute",
        risk: "High",
        confidence: 0.9,
        rationale: "The tool starts a job on the remote service.",
        evidence: [
          { source: "description", path: "description", text: "frobnicates", signal: "triggers an operation" },
        ],
      };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-1",
          object: "chat.completion",
          created: 0,
          model: "fake-model",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: JSON.stringify(answer), refusal: null },
              finish_reason: "stop",
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  // Only the variables the classifier reads, not the test process's own.
  env = {
    OPENAI_API_KEY: "test",
    OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_MODEL: "fake-model",
  };
  database = await createTestDatabase();
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await database?.close();
});

describe("npm run classify with a model", () => {
  it("asks the model about unclear tools once, keeps the answer in the database, and asks nothing on a re-run", async () => {
    const db = database.prisma;
    const { id: serverId } = await db.server.create({ data: { slug: "vague", name: "vague" } });
    const vague = { name: "frobnicate", description: "Frobnicates the widget", inputSchema: { type: "object" } };
    const clear = { name: "list_widgets", description: "List widgets", inputSchema: { type: "object" } };
    for (const tool of [vague, clear]) {
      await db.tool.create({
        data: {
          serverId,
          name: tool.name,
          description: tool.description,
          inputSchema: tool.inputSchema,
          definitionHash: hashToolDefinition(tool),
        },
      });
    }
    const classifier = llmStoreClassifier(db, env);
    if (typeof classifier === "string") throw new Error(classifier);

    const first = await classifyCatalogue(db, { classifier });
    expect(first.classified).toBe(2);
    expect(requests).toBe(1);
    const frobnicate = await db.tool.findFirstOrThrow({
      where: { name: "frobnicate" },
      include: { classifications: true },
    });
    expect([frobnicate.category, frobnicate.risk]).toEqual(["Execute", "High"]);
    expect(frobnicate.classifications[0]?.classifierName).toBe("toolrisk-llm");
    const listed = await db.tool.findFirstOrThrow({
      where: { name: "list_widgets" },
      include: { classifications: true },
    });
    expect(listed.classifications[0]?.classifierName).toBe("toolrisk-rules");
    expect(await db.llmAnswer.count()).toBe(1);

    // Nothing changed: nothing is classified and the model is not asked.
    expect((await classifyCatalogue(db, { classifier })).classified).toBe(0);
    // --all redoes everything, but the model's answer comes from the database.
    expect((await classifyCatalogue(db, { classifier, all: true })).classified).toBe(2);
    expect(requests).toBe(1);
  });

  it("says why when the environment asks for no model", () => {
    expect(llmStoreClassifier(database.prisma, {})).toBe("OPENAI_API_KEY is not set");
  });
});
