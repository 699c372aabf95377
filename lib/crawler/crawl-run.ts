import { performance } from "node:perf_hooks";
import { type CrawlLimits, crawlServer } from "./crawl-server";
import { CrawlError, toCrawlError } from "./errors";
import type { ClaimedJob, JobOutcome, JobReport, WorkQueue } from "./work-queue";

export type RunWorkersOptions = {
  concurrency: number;
  limits: CrawlLimits;
  onReport?: (report: JobReport) => void;
  /** Problems of the crawler itself (a database write failed), as opposed to a server's. */
  onWarning?: (message: string) => void;
  crawl?: typeof crawlServer;
};

/**
 * Runs `concurrency` workers that claim servers from the queue until it is empty. One server's
 * failure is its job's outcome; it never stops the other workers.
 */
export async function runWorkers(queue: WorkQueue, options: RunWorkersOptions): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  const worker = async () => {
    for (;;) {
      const job = await queue.claim();
      if (!job) return;
      const outcome = await crawlJob(job, options);
      try {
        const report = await queue.complete(job, outcome);
        reports.push(report);
        options.onReport?.(report);
      } catch (error) {
        const reason = error instanceof CrawlError ? error.message : `recording failed: ${(error as Error).message}`;
        options.onWarning?.(`${job.slug}: ${reason}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  await queue.finish();
  return reports;
}

async function crawlJob(job: ClaimedJob, options: RunWorkersOptions): Promise<JobOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (!job.entry.success) {
    const issue = job.entry.error.issues[0];
    const error = new CrawlError(
      "INVALID_ENTRY",
      `the stored entry is not valid server.json: ${issue?.path.join(".")}: ${issue?.message}`,
    );
    return { status: "failed", error, durationMs: elapsed() };
  }
  try {
    const result = await (options.crawl ?? crawlServer)(job.slug, job.entry.data, options.limits);
    return { status: "ok", result, durationMs: elapsed() };
  } catch (thrown) {
    const error = toCrawlError(thrown, "INTERNAL_ERROR");
    return { status: error.isSkip ? "skipped" : "failed", error, durationMs: elapsed() };
  }
}
