import { describe, expect, it } from "vitest";
import type { LoadResult } from "@/lib/synthetic/bench/load";
import { checkTargets, formatResultsTable } from "@/lib/synthetic/bench/report";

const result = (route: string, overrides: Partial<LoadResult> = {}): LoadResult => ({
  route,
  completed: 1000,
  requestsPerSecond: 100,
  bytesPerResponse: 2048,
  p50: 10,
  p99: 50,
  non2xx: 0,
  errors: 0,
  statusCodes: { "200": 1000 },
  ...overrides,
});

describe("benchmark report", () => {
  it("passes a tool page that is fast and keeps 30% of the static throughput", () => {
    const checks = checkTargets([result("static", { requestsPerSecond: 300 }), result("tool")]);
    expect(checks.map((check) => check.pass)).toEqual([true, true]);
  });

  it("fails a slow page, a page below 30%, and a page that answered 404s or nothing", () => {
    const ceiling = result("static", { requestsPerSecond: 1000 });
    expect(checkTargets([ceiling, result("tool", { p99: 101 })])[0]?.pass).toBe(false);
    expect(checkTargets([ceiling, result("tool", { requestsPerSecond: 299 })])[1]?.pass).toBe(false);
    const missing = result("tool", { requestsPerSecond: 900, non2xx: 1000, statusCodes: { "404": 1000 } });
    expect(checkTargets([ceiling, missing]).every((check) => !check.pass)).toBe(true);
    const silent = result("tool", { completed: 0, requestsPerSecond: 0, p99: 0 });
    expect(checkTargets([ceiling, silent]).every((check) => !check.pass)).toBe(true);
  });

  it("prints one row per route with its share of the static throughput and status codes", () => {
    const table = formatResultsTable([
      result("static", { requestsPerSecond: 400 }),
      result("tool", { non2xx: 5, statusCodes: { "200": 995, "404": 5 } }),
    ]);
    const [header, , ...rows] = table.split("\n");
    expect(header?.split("|").length).toBe(rows[0]?.split("|").length);
    expect(header).toMatch(/route .*responses .*KB\/resp .*req\/s .*p50 ms .*p99 ms .*non-2xx .*% of static/);
    expect(table).toMatch(
      /\| tool\s+\| 1000\s+\| 2\.0\s+\| 100\s+\| 10\s+\| 50\s+\| 5\s+\| 0\s+\| 25\.0%\s+\| 200×995 404×5/,
    );
  });
});
