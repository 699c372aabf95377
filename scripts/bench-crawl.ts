/**
 * `npm run bench:crawl [-- --concurrency N]`: crawls the 57 real servers of prisma/servers.json
 * from packages installed once in .tmp/bench-servers (no npx, no downloads while timing) and
 * compares the wall time with the lower bound max(slowest server, sum of server times / N).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CrawlOptionsSchema } from "@/lib/crawler/cli-options";
import { crawlLimits } from "@/lib/crawler/crawl-command";
import { runWorkers } from "@/lib/crawler/crawl-run";
import { MemoryWorkQueue } from "@/lib/crawler/memory-queue";
import { readServerList } from "@/lib/crawler/server-list";
import { runMain } from "./run-main";

const INSTALL_DIR = path.resolve(".tmp/bench-servers");

runMain(async () => {
  const { values } = parseArgs({ options: { concurrency: { type: "string" }, list: { type: "string" } } });
  const options = CrawlOptionsSchema.parse({ concurrency: values.concurrency, list: values.list, npmDir: INSTALL_DIR });
  const entries = readServerList(options.list);
  installServers(entries.flatMap(({ entry }) => entry.packages ?? []).filter((pkg) => pkg.registryType === "npm"));

  const started = performance.now();
  const reports = await runWorkers(new MemoryWorkQueue(entries), {
    concurrency: options.concurrency,
    limits: crawlLimits(options),
  });
  const wallMs = performance.now() - started;

  const durations = reports.map((report) => report.durationMs);
  const sumMs = durations.reduce((sum, ms) => sum + ms, 0);
  const slowest = reports.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
  const boundMs = Math.max(slowest.durationMs, sumMs / options.concurrency);
  const failed = reports.filter((report) => report.status !== "ok");
  const lines = [
    `servers:            ${reports.length} (${reports.length - failed.length} ok, ${failed.length} not ok${failed.length ? `: ${failed.map((r) => `${r.slug} ${r.errorCode}`).join(", ")}` : ""})`,
    `tools:              ${reports.reduce((sum, report) => sum + report.tools, 0)}`,
    `concurrency:        ${options.concurrency} (${os.availableParallelism()} cores)`,
    `wall time:          ${(wallMs / 1000).toFixed(1)} s`,
    `servers/minute:     ${((reports.length / wallMs) * 60_000).toFixed(1)}`,
    `sum of server time: ${(sumMs / 1000).toFixed(1)} s; slowest ${slowest.slug} ${(slowest.durationMs / 1000).toFixed(1)} s`,
    `lower bound:        ${(boundMs / 1000).toFixed(1)} s`,
    `wall / bound:       ${(wallMs / boundMs).toFixed(2)} (target ≤ 1.30)`,
  ];
  console.log(lines.join("\n"));
});

/** One `npm install` of every package into INSTALL_DIR, skipped when it is already there. */
function installServers(packages: { identifier: string; version?: string }[]): void {
  const missing = packages.some(
    (pkg) => !existsSync(path.join(INSTALL_DIR, "node_modules", pkg.identifier, "package.json")),
  );
  if (!missing) return;
  mkdirSync(INSTALL_DIR, { recursive: true });
  const dependencies = Object.fromEntries(packages.map((pkg) => [pkg.identifier, pkg.version ?? "latest"]));
  writeFileSync(
    path.join(INSTALL_DIR, "package.json"),
    JSON.stringify({ name: "bench-servers", private: true, dependencies }, null, 1),
  );
  console.error(`Installing ${packages.length} server packages into ${INSTALL_DIR} (once)…`);
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
  // Install scripts are skipped (browser downloads, keytar builds fail offline); only the sqlite
  // bindings that servers need to start are built afterwards.
  const npm = (args: string[]) => execFileSync("npm", args, { cwd: INSTALL_DIR, env, stdio: "inherit" });
  npm(["install", "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts"]);
  npm(["rebuild", "better-sqlite3", "sqlite3"]);
}
