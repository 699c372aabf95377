import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawlServer } from "./crawl-server";
import type { CrawlError } from "./errors";
import { WORKDIR } from "./sandbox";
import type { ServerJson } from "./server-json";
import { ensureTestServers, npmEntry, REAL_VERSION, TEST_SERVERS_DIR, testLimits } from "./testing/test-servers";

// Real npm servers and misbehaving fixtures, started the way `npm run crawl` starts them.
beforeAll(() => void ensureTestServers(), 300_000);

const crawl = (entry: ReturnType<typeof npmEntry>, limits = testLimits()) =>
  crawlServer(entry.slug, entry.entry, limits);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("the crawl should have failed"),
    (error: CrawlError) => error,
  );

describe("real npm servers over stdio", () => {
  it("crawls server-everything: tools, annotations, prompts, resources and server info", async () => {
    const result = await crawl(
      npmEntry("everything", "@modelcontextprotocol/server-everything", { version: REAL_VERSION, args: ["stdio"] }),
    );
    expect(result.tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(["echo", "get-sum", "get-env"]));
    expect(result.tools).toHaveLength(13);
    const echo = result.tools.find((tool) => tool.name === "echo");
    expect(echo?.inputSchema).toMatchObject({
      type: "object",
      properties: { message: { type: "string" } },
      required: ["message"],
    });
    expect(echo?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(result.identity.serverInfo).toMatchObject({ name: "mcp-servers/everything" });
    expect(result.identity.capabilities).toHaveProperty("tools");
    expect(result.prompts?.length).toBeGreaterThan(0);
    expect(result.resources?.length).toBeGreaterThan(0);
  });

  it("crawls server-filesystem inside its sandbox folder", async () => {
    const entry = npmEntry("filesystem", "@modelcontextprotocol/server-filesystem", {
      version: REAL_VERSION,
      args: [`${WORKDIR}/fs-sandbox`],
    });
    const result = await crawl(entry);
    expect(result.tools).toHaveLength(14);
    const read = result.tools.find((tool) => tool.name === "read_text_file");
    expect(read?.annotations).toMatchObject({ readOnlyHint: true });
    expect(read?.inputSchema).toMatchObject({ properties: { path: { type: "string" } } });
  });

  it("crawls server-memory with its declared environment", async () => {
    const entry = npmEntry("memory", "@modelcontextprotocol/server-memory", {
      version: REAL_VERSION,
      env: [{ name: "MEMORY_FILE_PATH", value: `${WORKDIR}/memory/memory.jsonl` }],
    });
    const result = await crawl(entry);
    expect(result.tools.map((tool) => tool.name)).toContain("create_entities");
    expect(result.tools.find((tool) => tool.name === "delete_entities")?.annotations).toMatchObject({
      destructiveHint: true,
    });
    expect(result.tools).toHaveLength(9);
  });
});

describe("server-everything over Streamable HTTP", () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/mcp`;
    const bin = path.join(TEST_SERVERS_DIR, "node_modules", ".bin", "mcp-server-everything");
    server = spawn(bin, ["streamableHttp"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
  });
  afterAll(() => void server.kill("SIGKILL"));

  const remote = (): ServerJson => ({ name: "everything-http", remotes: [{ type: "streamable-http", url }] });

  it("lists the same tools as over stdio", async () => {
    // The server takes a moment to listen; the crawler's connect retries are for packages it starts itself.
    await waitFor(() =>
      fetch(url, { method: "GET" }).then(
        () => true,
        () => false,
      ),
    );
    const result = await crawlServer("everything-http", remote(), testLimits({ allowPrivate: true }));
    expect(result.tools).toHaveLength(13);
    expect(result.tools.map((tool) => tool.name)).toContain("echo");
  });

  it("refuses a loopback URL without --allow-private", async () => {
    const error = await failure(crawlServer("everything-http", remote(), testLimits()));
    expect(error.code).toBe("PRIVATE_ADDRESS");
  });
});

describe("misbehaving servers", () => {
  const fixture = (name: string, env: { name: string; value: string }[] = []) =>
    npmEntry(name, `@toolrisk-fixture/${name}`, { env });

  it("a server that never answers times out, and its whole process group is killed", async () => {
    const pidFile = path.join(mkdtempSync(path.join(os.tmpdir(), "hang-")), "child.pid");
    const started = Date.now();
    const error = await failure(
      crawl(fixture("hang", [{ name: "CHILD_PID_FILE", value: pidFile }]), testLimits({ connectTimeoutMs: 1_500 })),
    );
    expect(error.code).toBe("CONNECT_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(10_000);
    const childPid = Number(readFileSync(pidFile, "utf8"));
    await waitFor(async () => !isAlive(childPid));
  });

  it("a server that crashes at start reports its exit and stderr", async () => {
    const error = await failure(crawl(fixture("crash")));
    expect(error.code).toBe("SERVER_EXITED");
    expect(error.message).toMatch(/exited with code 1.*Cannot find module 'left-pad'/);
  });

  it("log lines on stdout are tolerated", async () => {
    const result = await crawl(fixture("garbage"));
    expect(result.tools.map((tool) => tool.name)).toEqual(["echo"]);
  });

  it("endless output is stopped by the stdout cap", async () => {
    const error = await failure(
      crawl(
        fixture("garbage", [{ name: "GARBAGE_MODE", value: "flood" }]),
        testLimits({ maxStdoutBytes: 1024 * 1024 }),
      ),
    );
    expect(error.code).toBe("OUTPUT_LIMIT");
  });

  it("10,000 tools are refused by the tool cap", async () => {
    const error = await failure(crawl(fixture("many-tools")));
    expect(error.code).toBe("TOOL_LIMIT");
  });

  it("follows cursors through every page", async () => {
    const result = await crawl(fixture("paging"));
    expect(result.tools).toHaveLength(25);
    expect(result.tools[24]?.name).toBe("page_tool_24");
    expect(result.identity.instructions).toBe("Tools come in pages.");
  });

  it("a total timeout ends a crawl that outlives it", async () => {
    const error = await failure(
      crawl(fixture("hang"), testLimits({ connectTimeoutMs: 20_000, totalTimeoutMs: 1_000 })),
    );
    expect(error.code).toBe("TOTAL_TIMEOUT");
  });
});

describe("servers this machine cannot run", () => {
  it("an OCI package without a docker engine is skipped with the reason", async () => {
    const entry: ServerJson = {
      name: "io.example/oci",
      packages: [
        { registryType: "oci", identifier: "docker.io/example/mcp", version: "1.0.0", transport: { type: "stdio" } },
      ],
    };
    const error = await failure(crawlServer("oci", entry, testLimits()));
    expect(error.code).toBe("SKIPPED_UNSUPPORTED");
    expect(error.message).toMatch(/docker/);
  });

  it("an unknown package registry is skipped", async () => {
    const entry: ServerJson = {
      name: "io.example/nuget",
      packages: [{ registryType: "nuget", identifier: "Example.Mcp", version: "1.0.0", transport: { type: "stdio" } }],
    };
    expect((await failure(crawlServer("nuget", entry, testLimits()))).code).toBe("SKIPPED_UNSUPPORTED");
  });

  it("a missing command is SPAWN_FAILED", async () => {
    const entry = npmEntry("missing", "@toolrisk-fixture/not-installed");
    // Not installed and npx would fetch it: point at a runtime directory with nothing in it.
    expect(existsSync(path.join(TEST_SERVERS_DIR, "node_modules", "@toolrisk-fixture", "not-installed"))).toBe(false);
    const error = await failure(crawlServer("missing", entry.entry, testLimits({ connectTimeoutMs: 15_000 })));
    expect(["SERVER_EXITED", "SPAWN_FAILED"]).toContain(error.code);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
