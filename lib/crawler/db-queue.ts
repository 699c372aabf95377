import type { Db } from "@/lib/db";
import { claimJob, finishRunIfDone, releaseDeadLeases } from "./queue";
import { recordOutcome } from "./record-outcome";
import type { ClaimedJob, JobOutcome, JobReport, QueueStatus, WorkQueue } from "./work-queue";

/** The CrawlJob table as a WorkQueue for one run. */
export class DbWorkQueue implements WorkQueue {
  constructor(
    private readonly db: Db,
    readonly runId: number,
    private readonly worker: string,
    private readonly leaseMs: number,
  ) {}

  async claim(): Promise<ClaimedJob | undefined> {
    return claimJob(this.db, this.runId, this.worker, this.leaseMs);
  }

  complete(job: ClaimedJob, outcome: JobOutcome): Promise<JobReport> {
    return recordOutcome(this.db, this.runId, this.worker, job, outcome);
  }

  /** Counts from the database, so progress includes other crawlers working on the same run. */
  async status(): Promise<QueueStatus> {
    const groups = await this.db.crawlJob.groupBy({
      by: ["status"],
      where: { runId: this.runId },
      _count: { _all: true },
      _sum: { toolsFound: true },
    });
    const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
    const total = groups.reduce((sum, group) => sum + group._count._all, 0);
    const tools = groups.reduce((sum, group) => sum + (group._sum.toolsFound ?? 0), 0);
    return {
      total,
      done: count("ok") + count("failed") + count("skipped"),
      ok: count("ok"),
      failed: count("failed"),
      skipped: count("skipped"),
      tools,
    };
  }

  async finish(): Promise<boolean> {
    await releaseDeadLeases(this.db, this.runId);
    return finishRunIfDone(this.db, this.runId);
  }

  /** Before the workers start: release jobs of crawlers on this machine that died. */
  prepare(): Promise<void> {
    return releaseDeadLeases(this.db, this.runId);
  }
}
