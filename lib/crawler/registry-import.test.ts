import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importFromRegistry } from "./registry-import";

// Real-shaped GET /v0.1/servers pages: server.json under `server`, registry facts under `_meta`.
const official = (status: string, isLatest = true) => ({
  "io.modelcontextprotocol.registry/official": {
    status,
    publishedAt: "2025-10-01T00:00:00Z",
    updatedAt: "2025-10-01T00:00:00Z",
    isLatest,
  },
});
const npmServer = (name: string, identifier: string) => ({
  $schema: "https://static.modelcontextprotocol.io/schemas/2025-10-17/server.schema.json",
  name,
  description: `The ${name} server`,
  version: "1.0.0",
  repository: { url: `https://github.com/${name}`, source: "github" },
  packages: [
    {
      registryType: "npm",
      registryBaseUrl: "https://registry.npmjs.org",
      identifier,
      version: "1.0.0",
      transport: { type: "stdio" },
      environmentVariables: [{ name: "API_KEY", isRequired: true, isSecret: true, description: "key" }],
    },
  ],
});
const pages: Record<string, unknown> = {
  "": {
    servers: [
      { server: npmServer("io.github.acme/alpha", "@acme/alpha-mcp"), _meta: official("active") },
      { server: npmServer("io.github.acme/gone", "@acme/gone-mcp"), _meta: official("deleted") },
    ],
    metadata: { nextCursor: "io.github.acme/gone:1.0.0", count: 2 },
  },
  "io.github.acme/gone:1.0.0": {
    servers: [
      { server: { name: "io.github.acme/broken", packages: "not a list" }, _meta: official("active") },
      {
        server: {
          name: "com.example/remote",
          version: "2.0.0",
          remotes: [{ type: "streamable-http", url: "https://mcp.example.com/mcp" }],
        },
        _meta: official("active"),
      },
    ],
    metadata: { nextCursor: "com.example/remote:2.0.0", count: 2 },
  },
  "com.example/remote:2.0.0": {
    servers: [{ server: npmServer("io.github.acme/beta", "@acme/beta-mcp"), _meta: official("deprecated") }],
    metadata: { count: 1 },
  },
};

let server: Server;
let baseUrl: string;
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url.search);
    const page = url.pathname === "/v0.1/servers" ? pages[url.searchParams.get("cursor") ?? ""] : undefined;
    response.writeHead(page ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(page ?? { error: "not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("follows cursors, skips deleted entries and reports malformed ones", async () => {
  const result = await importFromRegistry(baseUrl, { pageSize: 2 });
  expect(result.entries.map((item) => item.slug)).toEqual([
    "io.github.acme-alpha",
    "com.example-remote",
    "io.github.acme-beta",
  ]);
  expect(result.deleted).toBe(1);
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]).toMatch(/page 2, entry 0: packages/);
  expect(requests).toEqual([
    "?limit=2",
    "?limit=2&cursor=io.github.acme%2Fgone%3A1.0.0",
    "?limit=2&cursor=com.example%2Fremote%3A2.0.0",
  ]);
  const alpha = result.entries[0]?.entry;
  expect(alpha?.packages?.[0]).toMatchObject({
    identifier: "@acme/alpha-mcp",
    environmentVariables: [{ name: "API_KEY", isSecret: true }],
  });
});

it("an unreachable registry is one clear error", async () => {
  await expect(importFromRegistry("http://127.0.0.1:9/")).rejects.toThrow(/Cannot reach the registry/);
});
