import type { JobReport, QueueStatus } from "./work-queue";

export type ProgressOptions = { stream: NodeJS.WriteStream; intervalMs?: number };

/**
 * Progress on a timer: one line rewritten in place on a terminal, a line every ten seconds
 * otherwise (logs in CI should not get a line per second).
 */
export function startProgress(
  status: () => Promise<QueueStatus>,
  options: ProgressOptions,
): { stop: () => Promise<void> } {
  const tty = Boolean(options.stream.isTTY);
  const started = Date.now();
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const line = progressLine(await status(), Date.now() - started);
      options.stream.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    } catch {
      // Progress is best effort: a busy database must not fail the crawl.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? (tty ? 1_000 : 10_000));
  return {
    stop: async () => {
      clearInterval(timer);
      await tick();
      if (tty) options.stream.write("\n");
    },
  };
}

export function progressLine(status: QueueStatus, elapsedMs: number): string {
  return `crawl: ${status.done}/${status.total} servers, ${status.tools} tools, ${status.failed} failed, ${status.skipped} skipped, ${formatDuration(elapsedMs)}`;
}

/** The end-of-run table: outcomes, then the most common errors with the servers they hit. */
export function summaryTable(status: QueueStatus, reports: JobReport[], wallMs: number): string {
  const lines = [
    "",
    `Crawl finished in ${formatDuration(wallMs)}: ${status.done}/${status.total} servers, ${status.tools} tools`,
    "",
    `  ${"outcome".padEnd(10)}${"servers".padStart(8)}`,
    `  ${"ok".padEnd(10)}${String(status.ok).padStart(8)}`,
    `  ${"failed".padEnd(10)}${String(status.failed).padStart(8)}`,
    `  ${"skipped".padEnd(10)}${String(status.skipped).padStart(8)}`,
  ];
  const byCode = new Map<string, JobReport[]>();
  for (const report of reports) {
    if (!report.errorCode) continue;
    byCode.set(report.errorCode, [...(byCode.get(report.errorCode) ?? []), report]);
  }
  const common = [...byCode.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 5);
  if (common.length) {
    lines.push("", "Most common errors:");
    for (const [code, hits] of common) {
      const slugs =
        hits
          .slice(0, 5)
          .map((hit) => hit.slug)
          .join(", ") + (hits.length > 5 ? ", …" : "");
      lines.push(`  ${code.padEnd(20)}${String(hits.length).padStart(4)}  ${slugs}`);
      lines.push(`  ${"".padEnd(24)}e.g. ${(hits[0]?.error ?? "").slice(0, 160)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}
