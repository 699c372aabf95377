import autocannon from "autocannon";
import { z } from "zod";
import { type Distribution, pathPicker } from "@/lib/synthetic/bench/path-picker";

/** The fields of an autocannon result the report uses; latencies are in milliseconds. */
const ResultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  throughput: z.object({ total: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  statusCodeStats: z.record(z.string(), z.object({ count: z.number() })),
});

export type LoadResult = {
  route: string;
  /** Responses received in the measured period; 0 means every request outlasted it. */
  completed: number;
  requestsPerSecond: number;
  /** Average response size: page weight decides much of a cached page's cost. */
  bytesPerResponse: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Responses per status code, e.g. { "200": 9100, "404": 12 }: a page not written yet shows as 404s. */
  statusCodes: Record<string, number>;
};

export type LoadOptions = {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  distribution: Distribution;
  /** Stop after this many requests instead of after `durationSeconds`. */
  amount?: number;
};

/**
 * Loads one route under `connections` concurrent keep-alive connections for a fixed time. Each
 * request picks one of many paths, so the benchmark measures many different pages (database reads,
 * rendering) rather than one page a cache could answer.
 */
export async function loadRoute(route: string, paths: string[], options: LoadOptions): Promise<LoadResult> {
  const pick = pathPicker(paths, options.distribution);
  const raw = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
    timeout: 30,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: pick() }),
      },
    ],
  });
  const result = ResultSchema.parse(raw);
  return {
    route,
    completed: result.requests.total,
    requestsPerSecond: result.requests.average,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
  };
}
