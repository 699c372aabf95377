import { hostname } from "node:os";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ServerJsonSchema } from "./server-json";
import type { ClaimedJob } from "./work-queue";

/** Serialises "find the open run or start one" across processes and machines. */
const RUN_LOCK_KEY = 7_311_2026;
/** A job whose crawler died this many times is failed rather than tried again. */
export const MAX_ATTEMPTS = 3;

export type RunRequest = { source: string; options: Record<string, unknown>; serverIds: number[]; forceNew: boolean };

/**
 * The newest unfinished run (so a restarted or second crawler joins it), or a new one with a
 * pending job per server. Several processes calling this at once agree on one run.
 */
export async function openRun(db: Db, request: RunRequest): Promise<{ runId: number; resumed: boolean }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RUN_LOCK_KEY})`;
    if (!request.forceNew) {
      const open = await tx.crawlRun.findFirst({ where: { status: "running" }, orderBy: { id: "desc" } });
      if (open) return { runId: open.id, resumed: true };
    }
    const run = await tx.crawlRun.create({
      data: {
        source: request.source,
        options: request.options as Prisma.InputJsonValue,
        serversTotal: request.serverIds.length,
      },
    });
    await tx.crawlJob.createMany({ data: request.serverIds.map((serverId) => ({ runId: run.id, serverId })) });
    return { runId: run.id, resumed: false };
  });
}

/** Identifies this process in CrawlJob.lockedBy: host and pid, so dead local workers can be recognised. */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

type ClaimRow = { id: number; serverId: number; attempts: number; slug: string; entry: unknown };

/**
 * Claims the next job: pending, or running with an expired lease (its crawler died). SKIP LOCKED
 * lets concurrent crawlers pass over each other's rows instead of waiting or taking the same one.
 */
export async function claimJob(
  db: Db,
  runId: number,
  worker: string,
  leaseMs: number,
): Promise<ClaimedJob | undefined> {
  const rows = await db.$queryRaw<ClaimRow[]>`
    WITH next AS (
      SELECT id FROM "CrawlJob"
      WHERE "runId" = ${runId}
        AND (status = 'pending' OR (status = 'running' AND "lockedUntil" < now()))
      ORDER BY id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "CrawlJob" AS job
    SET status = 'running', "lockedBy" = ${worker},
        "lockedUntil" = now() + make_interval(secs => ${leaseMs / 1000}),
        attempts = job.attempts + 1, "startedAt" = now()
    FROM next, "Server" AS server
    WHERE job.id = next.id AND server.id = job."serverId"
    RETURNING job.id, job."serverId", job.attempts, server.slug, server.entry`;
  const row = rows[0];
  if (!row) return undefined;
  return {
    jobId: row.id,
    serverId: row.serverId,
    slug: row.slug,
    attempts: row.attempts,
    entry: ServerJsonSchema.safeParse(row.entry),
  };
}

/**
 * Jobs held by crawlers on this machine whose process is gone (killed, crashed) are released
 * at once instead of waiting for their lease to expire; other machines' jobs wait for expiry.
 * Jobs that already killed MAX_ATTEMPTS crawlers are failed.
 */
export async function releaseDeadLeases(db: Db, runId: number): Promise<void> {
  const held = await db.crawlJob.findMany({
    where: { runId, status: "running", lockedBy: { startsWith: `${hostname()}:` } },
    select: { id: true, lockedBy: true },
  });
  const dead = held.filter((job) => !isAlive(Number(job.lockedBy?.split(":")[1])));
  if (dead.length) {
    await db.crawlJob.updateMany({
      where: { id: { in: dead.map((job) => job.id) }, status: "running" },
      data: { lockedUntil: new Date(0) },
    });
  }
  await db.crawlJob.updateMany({
    where: { runId, status: "running", lockedUntil: { lt: new Date() }, attempts: { gte: MAX_ATTEMPTS } },
    data: {
      status: "failed",
      errorCode: "INTERNAL_ERROR",
      error: `the crawler stopped ${MAX_ATTEMPTS} times while crawling this server`,
      finishedAt: new Date(),
      lockedBy: null,
      lockedUntil: null,
    },
  });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Closes the run once no job is pending or running, with counts taken from its jobs. */
export async function finishRunIfDone(db: Db, runId: number): Promise<boolean> {
  const groups = await db.crawlJob.groupBy({
    by: ["status"],
    where: { runId },
    _count: { _all: true },
    _sum: { toolsFound: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  if (count("pending") || count("running")) return false;
  const updated = await db.crawlRun.updateMany({
    where: { id: runId, status: "running" },
    data: {
      status: "finished",
      finishedAt: new Date(),
      serversOk: count("ok"),
      serversFailed: count("failed"),
      serversSkipped: count("skipped"),
      toolsFound: groups.reduce((sum, group) => sum + (group._sum.toolsFound ?? 0), 0),
    },
  });
  return updated.count > 0;
}
