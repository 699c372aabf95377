import type { LoadResult } from "@/lib/synthetic/bench/load";

/** The targets for the tool page, the catalogue's most visited page. */
export const TARGETS = { toolP99Ms: 100, toolShareOfStatic: 0.3 } as const;

export type TargetCheck = { name: string; pass: boolean; detail: string };

export function checkTargets(results: LoadResult[]): TargetCheck[] {
  const tool = results.find((result) => result.route === "tool");
  const ceiling = results.find((result) => result.route === "static");
  if (!tool || !ceiling) return [];
  const share = tool.requestsPerSecond / ceiling.requestsPerSecond;
  const clean = tool.completed > 0 && tool.non2xx === 0 && tool.errors === 0;
  return [
    {
      name: `tool page p99 <= ${TARGETS.toolP99Ms} ms`,
      pass: clean && tool.p99 <= TARGETS.toolP99Ms,
      detail: `p99 ${tool.p99} ms${clean ? "" : " (with no responses, non-2xx responses or errors: not a valid pass)"}`,
    },
    {
      name: `tool page >= ${TARGETS.toolShareOfStatic * 100}% of static throughput`,
      pass: clean && share >= TARGETS.toolShareOfStatic,
      detail: `${(share * 100).toFixed(1)}% (${tool.requestsPerSecond.toFixed(0)} of ${ceiling.requestsPerSecond.toFixed(0)} req/s)`,
    },
  ];
}

export function formatResultsTable(results: LoadResult[]): string {
  const ceiling = results.find((result) => result.route === "static")?.requestsPerSecond;
  const header = [
    "route",
    "responses",
    "KB/resp",
    "req/s",
    "p50 ms",
    "p99 ms",
    "non-2xx",
    "errors",
    "% of static",
    "status codes",
  ];
  const rows = results.map((result) => [
    result.route,
    String(result.completed),
    (result.bytesPerResponse / 1024).toFixed(1),
    result.requestsPerSecond.toFixed(0),
    String(result.p50),
    String(result.p99),
    String(result.non2xx),
    String(result.errors),
    ceiling ? `${((result.requestsPerSecond / ceiling) * 100).toFixed(1)}%` : "-",
    Object.entries(result.statusCodes)
      .map(([code, count]) => `${code}×${count}`)
      .join(" "),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function formatTargetChecks(checks: TargetCheck[]): string {
  return checks.map((check) => `${check.pass ? "PASS" : "FAIL"}  ${check.name}: ${check.detail}`).join("\n");
}
