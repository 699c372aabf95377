import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { z } from "zod";
import { type LoadOptions, type LoadResult, loadRoute } from "@/lib/synthetic/bench/load";
import type { BenchPaths } from "@/lib/synthetic/bench/paths";

export const ROUTES = ["static", "home", "tool", "tool-first-render", "server", "search"] as const;
export type BenchRoute = (typeof ROUTES)[number];

/** Pages cached after their first render (lib/web/cacheable.ts): each is requested once before measuring. */
const CACHED_ROUTES: ReadonlySet<BenchRoute> = new Set(["home", "tool", "server"]);

export type BenchOptions = LoadOptions & { warmupSeconds: number; routes: readonly BenchRoute[] };

/**
 * Measures each route in turn, the static file first (the ceiling the others are compared with).
 * Cached routes are primed (every sampled page requested once), so they measure a warm site; a
 * short warm-up per route fills the pg pool and lets V8 optimise before anything is recorded.
 * `tool-first-render` is neither primed nor warmed up: each of its pages is requested exactly once,
 * so it measures rendering from the database, what a cache miss costs.
 */
export async function runWebBench(
  paths: BenchPaths,
  options: BenchOptions,
  onRoute: (route: BenchRoute, phase: "priming" | "measuring") => void = () => {},
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const route of options.routes) {
    const routePaths = paths[route];
    // autocannon refuses more connections than requests.
    const once = {
      ...options,
      distribution: "uniform" as const,
      amount: routePaths.length,
      connections: Math.min(options.connections, routePaths.length),
    };
    if (route === "tool-first-render") {
      onRoute(route, "measuring");
      results.push(await loadRoute(route, routePaths, once));
      continue;
    }
    if (CACHED_ROUTES.has(route)) {
      onRoute(route, "priming");
      await loadRoute(route, routePaths, once);
    }
    onRoute(route, "measuring");
    if (options.warmupSeconds > 0) {
      await loadRoute(route, routePaths, { ...options, durationSeconds: options.warmupSeconds });
    }
    results.push(await loadRoute(route, routePaths, options));
  }
  return results;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const PrerenderManifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });

/**
 * Pages `next build` rendered ahead of time. None may be a server or tool page: if one were, build
 * time (and the database at build time) would grow with the catalogue.
 */
export function prerenderedRoutes(dir = ".next"): string[] {
  const file = path.join(dir, "prerender-manifest.json");
  if (!existsSync(file)) return [];
  const parsed = PrerenderManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? Object.keys(parsed.data.routes).sort() : [];
}
