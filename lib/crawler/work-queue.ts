import type { z } from "zod";
import type { CrawledServer } from "./crawl-server";
import type { CrawlError, CrawlErrorCode } from "./errors";
import type { ServerJson } from "./server-json";

/** One server handed to a worker. The entry is parsed on claim; a bad one fails that job only. */
export type ClaimedJob = {
  jobId: number;
  serverId: number;
  slug: string;
  attempts: number;
  entry: z.ZodSafeParseResult<ServerJson>;
};

export type JobOutcome =
  | { status: "ok"; result: CrawledServer; durationMs: number }
  | { status: "failed" | "skipped"; error: CrawlError; durationMs: number };

/** How a finished job is reported: in progress lines, the summary table and --json. */
export type JobReport = {
  slug: string;
  status: "ok" | "failed" | "skipped";
  tools: number;
  durationMs: number;
  errorCode?: CrawlErrorCode;
  error?: string;
  added?: number;
  changed?: number;
  removed?: number;
};

export type QueueStatus = { total: number; done: number; ok: number; failed: number; skipped: number; tools: number };

/**
 * Where workers get servers and put results: the database (durable, shared between processes)
 * or memory (--dry-run writes nothing).
 */
export interface WorkQueue {
  claim(): Promise<ClaimedJob | undefined>;
  complete(job: ClaimedJob, outcome: JobOutcome): Promise<JobReport>;
  status(): Promise<QueueStatus>;
  /** Called when a worker finds nothing to claim; true once every job of the run is finished. */
  finish(): Promise<boolean>;
}

export function reportOf(job: ClaimedJob, outcome: JobOutcome): JobReport {
  if (outcome.status === "ok") {
    return { slug: job.slug, status: "ok", tools: outcome.result.tools.length, durationMs: outcome.durationMs };
  }
  return {
    slug: job.slug,
    status: outcome.status,
    tools: 0,
    durationMs: outcome.durationMs,
    errorCode: outcome.error.code,
    error: outcome.error.message,
  };
}
