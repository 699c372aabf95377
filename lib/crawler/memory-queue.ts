import { ServerJsonSchema } from "./server-json";
import type { ServerEntry } from "./server-list";
import {
  type ClaimedJob,
  type JobOutcome,
  type JobReport,
  type QueueStatus,
  reportOf,
  type WorkQueue,
} from "./work-queue";

/** --dry-run: the same workers and reports, with nothing written anywhere. */
export class MemoryWorkQueue implements WorkQueue {
  private next = 0;
  private readonly reports: JobReport[] = [];

  constructor(private readonly entries: ServerEntry[]) {}

  async claim(): Promise<ClaimedJob | undefined> {
    const index = this.next++;
    const item = this.entries[index];
    if (!item) return undefined;
    return {
      jobId: index,
      serverId: index,
      slug: item.slug,
      attempts: 1,
      entry: ServerJsonSchema.safeParse(item.entry),
    };
  }

  async complete(job: ClaimedJob, outcome: JobOutcome): Promise<JobReport> {
    const report = reportOf(job, outcome);
    this.reports.push(report);
    return report;
  }

  async status(): Promise<QueueStatus> {
    const count = (status: JobReport["status"]) => this.reports.filter((report) => report.status === status).length;
    const tools = this.reports.reduce((sum, report) => sum + report.tools, 0);
    return {
      total: this.entries.length,
      done: this.reports.length,
      ok: count("ok"),
      failed: count("failed"),
      skipped: count("skipped"),
      tools,
    };
  }

  async finish(): Promise<boolean> {
    return this.reports.length === this.entries.length;
  }
}
