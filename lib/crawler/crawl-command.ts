import os from "node:os";
import path from "node:path";
import { classifyCatalogue } from "@/lib/classifier/store";
import { disconnect, getPrisma } from "@/lib/db";
import type { CrawlOptions } from "./cli-options";
import { runWorkers } from "./crawl-run";
import type { CrawlLimits } from "./crawl-server";
import { DbWorkQueue } from "./db-queue";
import { MemoryWorkQueue } from "./memory-queue";
import { formatDuration, startProgress, summaryTable } from "./progress";
import { openRun, workerId } from "./queue";
import { reapOrphans } from "./reaper";
import { importFromRegistry } from "./registry-import";
import { readServerList, type ServerEntry, selectServers } from "./server-list";
import { syncServers } from "./sync-servers";
import type { JobReport, QueueStatus, WorkQueue } from "./work-queue";

export type CrawlCommandResult = {
  runId?: number;
  resumed: boolean;
  dryRun: boolean;
  wallMs: number;
  status: QueueStatus;
  servers: JobReport[];
};

type Io = { stderr: NodeJS.WriteStream; stdout: NodeJS.WriteStream };

/** `npm run crawl`: read the list, open (or resume) a run, crawl with workers, report. */
export async function runCrawlCommand(options: CrawlOptions, io: Io): Promise<CrawlCommandResult> {
  const started = Date.now();
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const entries = selectServers(await loadEntries(options, log), options.only);
  const limits = crawlLimits(options);
  const reaped = reapOrphans(limits.sandboxDir);
  if (reaped) log(`crawl: killed ${reaped} server process group(s) left by a crawler that died`);

  let queue: WorkQueue;
  let runId: number | undefined;
  let resumed = false;
  if (options.dryRun) {
    queue = new MemoryWorkQueue(entries);
  } else {
    const db = await getPrisma();
    const ids = await syncServers(db, entries);
    const source = options.registry ? `registry ${options.registry}` : options.list;
    ({ runId, resumed } = await openRun(db, {
      source,
      options: { ...options },
      serverIds: [...ids.values()],
      forceNew: options.new || options.only.length > 0,
    }));
    const dbQueue = new DbWorkQueue(db, runId, workerId(), (options.timeout + 60) * 1000);
    await dbQueue.prepare();
    queue = dbQueue;
    log(`crawl: ${resumed ? "resuming" : "started"} run ${runId} (${source}), ${options.concurrency} at a time`);
  }

  const progress = startProgress(() => queue.status(), {
    stream: io.stderr,
    intervalMs: options.progressInterval ? options.progressInterval * 1000 : undefined,
  });
  const reports = await runWorkers(queue, {
    concurrency: options.concurrency,
    limits,
    onWarning: (message) => log(`crawl: warning: ${message}`),
  }).finally(() => progress.stop());
  const status = await queue.status();
  const wallMs = Date.now() - started;
  io.stderr.write(summaryTable(status, reports, wallMs));
  if (!options.dryRun) {
    // Classify what this crawl added or changed (tools already classified at their hash are skipped).
    const classified = await classifyCatalogue(await getPrisma());
    log(`crawl: classified ${classified.classified} new or changed tools (${classified.unchanged} unchanged)`);
    await disconnect();
  }
  const result = { runId, resumed, dryRun: options.dryRun, wallMs, status, servers: reports };
  if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else log(`crawl: done in ${formatDuration(wallMs)}`);
  return result;
}

async function loadEntries(options: CrawlOptions, log: (line: string) => void): Promise<ServerEntry[]> {
  if (!options.registry) return readServerList(options.list);
  const imported = await importFromRegistry(options.registry);
  log(
    `crawl: imported ${imported.entries.length} servers from ${options.registry} (${imported.deleted} deleted skipped)`,
  );
  for (const problem of imported.problems) log(`crawl: registry entry rejected: ${problem}`);
  return imported.entries;
}

export function crawlLimits(options: CrawlOptions): CrawlLimits {
  return {
    connectTimeoutMs: options.connectTimeout * 1000,
    totalTimeoutMs: options.timeout * 1000,
    maxTools: options.maxTools,
    maxStdoutBytes: options.maxOutputMb * 1024 * 1024,
    allowPrivate: options.allowPrivate,
    npmInstallDir: options.npmDir ? path.resolve(options.npmDir) : undefined,
    sandboxDir: path.join(os.tmpdir(), "toolrisk-crawl"),
  };
}
