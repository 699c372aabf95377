import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { batchItems } from "./batch";
import { classifyWithLlm } from "./llm";
import { memoryCache } from "./llm-cache";
import { classifyWithLlmFallback } from "./llm-fallback";
import { classify, makeServer, makeTool } from "./test-helpers";
import type { ToolRecord } from "./tool-records";

/** A real HTTP server on 127.0.0.1 that answers in the OpenAI chat completions wire format. */
type Handler = (body: Record<string, unknown>, res: ServerResponse) => void;
let handler: Handler;
let requests: Record<string, unknown>[];
let server: Server;
let baseURL: string;

function completion(res: ServerResponse, message: { content: string | null; refusal?: string | null }) {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id: "chatcmpl-test",
      object: "chat.completion",
      created: 0,
      model: "test-model",
      choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, finish_reason: "stop" }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  );
}

const goodAnswer = {
  category: "Destructive",
  risk: "Critical",
  confidence: 0.93,
  rationale: 'The description says "wipes all records", which cannot be undone.',
  evidence: [{ source: "description", path: "description", text: "wipes all records", signal: "permanent deletion" }],
};

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push(body);
      handler(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  requests = [];
});

function options() {
  const client = new OpenAI({ apiKey: "test", baseURL, timeout: 300, maxRetries: 0 });
  return { client, model: "test-model", cache: memoryCache() };
}

const tool = makeTool("reset_store", { description: "Resets the store: wipes all records." });
const context = makeServer("store");
const rules = () => classify("reset_store", { description: "Resets the store: wipes all records." });

describe("classifyWithLlm against a local chat completions server", () => {
  it("uses a good structured answer, sends the rubric and the json_schema format, and caches by definition", async () => {
    handler = (_body, res) => completion(res, { content: JSON.stringify(goodAnswer) });
    const opts = options();
    const result = await classifyWithLlm(tool, context, rules(), opts);
    expect(result.category).toBe("Destructive");
    expect(result.rationale).toBe(goodAnswer.rationale);
    expect(result.classifier.name).toBe("toolrisk-llm");
    expect(result.fallbackReason).toBeUndefined();
    const request = requests[0] as { response_format: { type: string }; messages: { content: string }[] };
    expect(request.response_format.type).toBe("json_schema");
    expect(request.messages[0]?.content).toContain("Financial > Destructive > Execute > Write > Read");

    const again = await classifyWithLlm(tool, context, rules(), opts);
    expect(again).toEqual(result);
    expect(requests).toHaveLength(1);
  });

  it.each([
    [
      "malformed JSON",
      (res: ServerResponse) => completion(res, { content: "{not json" }),
      "malformed answer: not JSON",
    ],
    [
      "an answer off the schema",
      (res: ServerResponse) => completion(res, { content: JSON.stringify({ ...goodAnswer, category: "Dangerous" }) }),
      "malformed answer: category",
    ],
    [
      "a refusal",
      (res: ServerResponse) => completion(res, { content: null, refusal: "I can't help with that." }),
      "refused: I can't help with that.",
    ],
    [
      "a 429",
      (res: ServerResponse) => {
        res.writeHead(429, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "slow down", type: "rate_limit" } }));
      },
      "rate-limited (429)",
    ],
    [
      "a timeout",
      (res: ServerResponse) => {
        setTimeout(() => completion(res, { content: JSON.stringify(goodAnswer) }), 1_500);
      },
      "timed out",
    ],
  ])("falls back to the rules result on %s and says so", async (_case, respond, reason) => {
    handler = (_body, res) => respond(res);
    const rulesResult = rules();
    const result = await classifyWithLlm(tool, context, rulesResult, options());
    expect(result.fallbackReason).toContain(reason);
    expect(result.category).toBe(rulesResult.category);
    expect(result.classifier).toEqual(rulesResult.classifier);
    expect(result.rationale).toContain("could not be used");
    expect(result.evidence.at(-1)?.path).toBe("llm");
  });
});

describe("classifyWithLlmFallback", () => {
  it("asks the model about the least confident rules results first, within the budget", async () => {
    handler = (_body, res) => completion(res, { content: JSON.stringify(goodAnswer) });
    const records: ToolRecord[] = [
      { line: 1, server: "s", serverDescription: undefined, definition: makeTool("list_items") },
      { line: 2, server: "s", serverDescription: undefined, definition: makeTool("zork", { description: "Frobs." }) },
      { line: 3, server: "s", serverDescription: undefined, definition: makeTool("delete_item") },
    ];
    const results = await classifyWithLlmFallback(batchItems(records), {
      ...options(),
      confidenceBelow: 0.99,
      maxLlmCalls: 1,
      concurrency: 2,
    });
    expect(requests).toHaveLength(1);
    expect(JSON.stringify(requests[0])).toContain("zork");
    expect(results.map((r) => r.classifier.name)).toEqual(["toolrisk-rules", "toolrisk-llm", "toolrisk-rules"]);
  });
});
