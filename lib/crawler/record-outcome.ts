import { recordServerTools } from "@/lib/catalogue/record-tools";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CrawlError } from "./errors";
import { type ClaimedJob, type JobOutcome, type JobReport, reportOf } from "./work-queue";

const json = (value: unknown) => (value === undefined ? undefined : (value as Prisma.InputJsonValue));

/**
 * Writes one job's outcome in one transaction: the job row (only while this worker still holds
 * it), then the server. A success records tools through recordServerTools; a failure records
 * the error and leaves the server's tools exactly as the last good crawl left them.
 */
export async function recordOutcome(
  db: Db,
  runId: number,
  worker: string,
  job: ClaimedJob,
  outcome: JobOutcome,
): Promise<JobReport> {
  const report = reportOf(job, outcome);
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.crawlJob.updateMany({
        where: { id: job.jobId, status: "running", lockedBy: worker },
        data: {
          status: outcome.status,
          finishedAt: now,
          durationMs: Math.round(outcome.durationMs),
          toolsFound: outcome.status === "ok" ? outcome.result.tools.length : null,
          error: report.error ?? null,
          errorCode: report.errorCode ?? null,
          lockedBy: null,
          lockedUntil: null,
        },
      });
      // Another crawler took the job over after our lease expired: its result is the one kept.
      if (claimed.count === 0)
        throw new CrawlError("LEASE_LOST", `the lease on ${job.slug} expired before it finished`);

      if (outcome.status !== "ok") {
        await tx.server.update({
          where: { id: job.serverId },
          data: { lastCrawledAt: now, lastCrawlStatus: outcome.status, lastCrawlError: outcome.error.message },
        });
        return report;
      }
      const { identity, tools, prompts, resources } = outcome.result;
      await tx.server.update({
        where: { id: job.serverId },
        data: {
          serverInfo: json(identity.serverInfo),
          capabilities: json(identity.capabilities),
          instructions: identity.instructions ?? null,
          prompts: json(prompts),
          resources: json(resources),
          lastCrawledAt: now,
          lastCrawlStatus: "ok",
          lastCrawlError: null,
        },
      });
      const counts = await recordServerTools(tx, job.serverId, tools, now);
      await tx.crawlRun.update({
        where: { id: runId },
        data: {
          toolsAdded: { increment: counts.added },
          toolsChanged: { increment: counts.changed },
          toolsRemoved: { increment: counts.removed },
        },
      });
      return { ...report, added: counts.added, changed: counts.changed, removed: counts.removed };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
