import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabaseForChildProcesses, type TestDatabase } from "@/tests/helpers/test-db";
import { WORKDIR } from "./sandbox";
import type { ServerEntry } from "./server-list";
import { ensureTestServers, npmEntry, REAL_VERSION, TEST_SERVERS_DIR } from "./testing/test-servers";

// `npm run crawl` killed with SIGKILL halfway, then started again: it must resume the same run
// and finish it with exactly one job per server and nothing crawled twice.
const dir = mkdtempSync(path.join(os.tmpdir(), "crawl-crash-"));
let test: TestDatabase;
beforeAll(async () => {
  ensureTestServers();
  test = await createTestDatabaseForChildProcesses(dir);
}, 300_000);
afterAll(() => test?.close());

const real = (slug: string, pkg: string, args: string[] = []) =>
  npmEntry(slug, `@modelcontextprotocol/${pkg}`, { version: REAL_VERSION, args });
const entries: ServerEntry[] = [
  real("everything-a", "server-everything", ["stdio"]),
  real("memory-a", "server-memory"),
  npmEntry("hang", "@toolrisk-fixture/hang"),
  real("everything-b", "server-everything", ["stdio"]),
  real("thinking", "server-sequential-thinking"),
  real("memory-b", "server-memory"),
  real("filesystem", "server-filesystem", [`${WORKDIR}/sandbox`]),
  npmEntry("paging", "@toolrisk-fixture/paging"),
];
const listFile = path.join(dir, "servers.json");
writeFileSync(listFile, JSON.stringify({ servers: entries.map((item) => item.entry) }));

function startCrawler(): { child: ChildProcess; exit: Promise<number | null>; output: () => string } {
  // node itself (not npx → tsx → node), so SIGKILL hits the crawler and not a wrapper.
  const args = [
    "--import",
    "tsx",
    "scripts/crawl.ts",
    "--list",
    listFile,
    "--npm-dir",
    TEST_SERVERS_DIR,
    "--concurrency",
    "1",
  ];
  args.push("--connect-timeout", "4", "--progress-interval", "0.2");
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...test.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exit, output: () => output };
}

async function withDb<T>(use: (db: PrismaClient) => Promise<T>): Promise<T> {
  if (test.prisma) return use(test.prisma);
  // PGlite is single-process: open the folder only while no crawler runs.
  const connection = await connect({ kind: "pglite", dataDir: path.join(dir, "pglite") });
  try {
    return await use(connection.prisma);
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}

it("resumes a killed crawl without losing or repeating a server", async () => {
  const first = startCrawler();
  // Kill once two servers are done: the third (the hanging fixture) is mid-crawl then.
  await waitFor(() => /crawl: ([2-7])\/8 servers/.test(first.output()), 60_000);
  first.child.kill("SIGKILL");
  await first.exit;

  const halfway = await withDb(async (db) => ({
    runs: await db.crawlRun.findMany(),
    done: await db.crawlJob.count({ where: { status: { in: ["ok", "failed"] } } }),
  }));
  expect(halfway.runs).toHaveLength(1);
  expect(halfway.runs[0]?.status).toBe("running");
  expect(halfway.done).toBeLessThan(8);

  const second = startCrawler();
  expect(await second.exit).toBe(0);
  expect(second.output()).toMatch(/resuming run/);

  await withDb(async (db) => {
    const runs = await db.crawlRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "finished", serversTotal: 8, serversOk: 7, serversFailed: 1 });
    const jobs = await db.crawlJob.findMany({ include: { server: true } });
    expect(jobs).toHaveLength(8);
    expect(new Set(jobs.map((job) => job.serverId)).size).toBe(8);
    expect(jobs.find((job) => job.server.slug === "hang")).toMatchObject({
      status: "failed",
      errorCode: "CONNECT_TIMEOUT",
    });
    // Each server's tools exactly once: a second crawl of a finished server would show as a new lastSeenAt only.
    const counts = await db.tool.groupBy({ by: ["serverId"], _count: { _all: true } });
    const toolTotal = counts.reduce((sum, row) => sum + row._count._all, 0);
    expect(toolTotal).toBe(13 + 9 + 13 + 1 + 9 + 14 + 25);
    expect(
      jobs.filter((job) => job.status === "ok").every((job) => job.attempts === 1 || job.server.slug === "hang"),
    ).toBe(true);
  });
}, 120_000);

// Several crawlers (here two processes; on several machines alike) share one run through the
// CrawlJob queue: each server is crawled exactly once. PGlite is single-process, so PostgreSQL only.
it.runIf(process.env.DATABASE_URL)(
  "two crawlers share one run without crawling a server twice",
  async () => {
    const first = startCrawler();
    await waitFor(() => /started run/.test(first.output()), 60_000);
    const second = startCrawler();
    expect(await Promise.all([first.exit, second.exit])).toEqual([0, 0]);
    expect(second.output()).toMatch(/resuming run/);
    await withDb(async (db) => {
      const run = await db.crawlRun.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(run).toMatchObject({ status: "finished", serversOk: 7, serversFailed: 1 });
      const jobs = await db.crawlJob.findMany({ where: { runId: run.id } });
      expect(jobs).toHaveLength(8);
      expect(jobs.every((job) => job.attempts === 1)).toBe(true);
    });
  },
  120_000,
);

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
