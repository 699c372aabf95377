import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { runWorkers } from "./crawl-run";
import { DbWorkQueue } from "./db-queue";
import { openRun, workerId } from "./queue";
import type { ServerEntry } from "./server-list";
import { syncServers } from "./sync-servers";
import { ensureTestServers, npmEntry, REAL_VERSION, testLimits } from "./testing/test-servers";

let test: TestDatabase;
beforeAll(async () => {
  ensureTestServers();
  test = await createTestDatabase();
}, 300_000);
afterAll(() => test?.close());

const stateFile = path.join(mkdtempSync(path.join(os.tmpdir(), "changing-")), "starts");
const fixture = (name: string, env: { name: string; value: string }[] = []) =>
  npmEntry(name, `@toolrisk-fixture/${name}`, { env });
const servers: ServerEntry[] = [
  npmEntry("everything", "@modelcontextprotocol/server-everything", { version: REAL_VERSION, args: ["stdio"] }),
  npmEntry("memory", "@modelcontextprotocol/server-memory", { version: REAL_VERSION }),
  fixture("hang"),
  fixture("crash"),
  fixture("many-tools"),
  fixture("paging"),
  fixture("changing", [{ name: "STATE_FILE", value: stateFile }]),
];

async function crawlRun(entries: ServerEntry[]) {
  const ids = await syncServers(test.prisma, entries);
  const { runId } = await openRun(test.prisma, {
    source: "test",
    options: {},
    serverIds: [...ids.values()],
    forceNew: true,
  });
  const queue = new DbWorkQueue(test.prisma, runId, workerId(), 60_000);
  const reports = await runWorkers(queue, { concurrency: 2, limits: testLimits({ connectTimeoutMs: 3_000 }) });
  return { runId, reports };
}

const toolsOf = (slug: string) =>
  test.prisma.tool.findMany({ where: { server: { slug }, removedAt: null }, orderBy: { name: "asc" } });

describe("a crawl run over good and bad servers", () => {
  it("records every server's outcome; bad servers do not affect the others", async () => {
    const { runId, reports } = await crawlRun(servers);
    expect(reports).toHaveLength(servers.length);
    const jobs = await test.prisma.crawlJob.findMany({ where: { runId }, include: { server: true } });
    const bySlug = Object.fromEntries(jobs.map((job) => [job.server.slug, job]));
    expect(bySlug.everything).toMatchObject({ status: "ok", toolsFound: 13 });
    expect(bySlug.memory).toMatchObject({ status: "ok", toolsFound: 9 });
    expect(bySlug.paging).toMatchObject({ status: "ok", toolsFound: 25 });
    expect(bySlug.hang).toMatchObject({ status: "failed", errorCode: "CONNECT_TIMEOUT" });
    expect(bySlug.crash).toMatchObject({ status: "failed", errorCode: "SERVER_EXITED" });
    expect(bySlug["many-tools"]).toMatchObject({ status: "failed", errorCode: "TOOL_LIMIT" });

    const run = await test.prisma.crawlRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({
      status: "finished",
      serversTotal: 7,
      serversOk: 4,
      serversFailed: 3,
      toolsFound: 13 + 9 + 25 + 2,
    });
    expect(run.finishedAt).not.toBeNull();

    const everything = await test.prisma.server.findUniqueOrThrow({ where: { slug: "everything" } });
    expect(everything).toMatchObject({ lastCrawlStatus: "ok", toolCount: 13 });
    expect(everything.serverInfo).toMatchObject({ name: "mcp-servers/everything" });
    expect(everything.capabilities).toHaveProperty("tools");
    const echo = (await toolsOf("everything")).find((tool) => tool.name === "echo");
    expect(echo?.annotations).toMatchObject({ readOnlyHint: true });

    const crash = await test.prisma.server.findUniqueOrThrow({ where: { slug: "crash" } });
    expect(crash.lastCrawlStatus).toBe("failed");
    expect(crash.lastCrawlError).toMatch(/left-pad/);
    expect(await test.prisma.tool.count({ where: { server: { slug: "many-tools" } } })).toBe(0);
  }, 120_000);

  it("a changed tool list is recorded as a revision, a removal and an addition", async () => {
    const before = await toolsOf("changing");
    expect(before.map((tool) => tool.name)).toEqual(["delete_note", "read_note"]);
    const { runId } = await crawlRun([servers[6] as ServerEntry]);
    const run = await test.prisma.crawlRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ toolsAdded: 1, toolsChanged: 1, toolsRemoved: 1 });
    expect((await toolsOf("changing")).map((tool) => tool.name)).toEqual(["read_note", "write_note"]);
    const read = await test.prisma.tool.findFirstOrThrow({
      where: { name: "read_note" },
      include: { revisions: true },
    });
    expect(read.revisions).toHaveLength(2);
    const removed = await test.prisma.tool.findFirstOrThrow({ where: { name: "delete_note" } });
    expect(removed.removedAt).not.toBeNull();
  }, 60_000);

  it("a server that fails keeps the tools of its last good crawl", async () => {
    // Same slug, now pointing at a package that crashes: the catalogue must not lose its tools.
    const broken = { ...fixture("crash"), slug: "paging" };
    broken.entry._meta = { "dev.toolrisk/crawl": { slug: "paging" } };
    await crawlRun([broken]);
    const paging = await test.prisma.server.findUniqueOrThrow({ where: { slug: "paging" } });
    expect(paging).toMatchObject({ lastCrawlStatus: "failed", toolCount: 25 });
    expect(await toolsOf("paging")).toHaveLength(25);
  }, 60_000);
});
