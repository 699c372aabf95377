/**
 * `npm run bench:web [-- --duration 10 --connections 50 --routes static,tool,server,search]`:
 * with the synthetic catalogue in PostgreSQL (npm run seed:synthetic), builds the site when its
 * sources changed, starts `next start`, and measures the tool, server and search pages against a
 * static file served by the same server: tool and server pages once cached (the steady state of a
 * page cache), tool pages again on first render (a cache miss). Prints a table and PASS/FAIL for the
 * issue's targets.
 */
import { spawnSync } from "node:child_process";
import { ConfigError, databaseTarget } from "@/lib/env";
import { withBuildLock } from "@/lib/synthetic/bench/build-lock";
import { startNextServer } from "@/lib/synthetic/bench/next-server";
import { type BenchArgs, parseBenchArgs } from "@/lib/synthetic/bench/options";
import { type BenchPaths, STATIC_PATH, sampleBenchPaths } from "@/lib/synthetic/bench/paths";
import { checkTargets, formatResultsTable, formatTargetChecks } from "@/lib/synthetic/bench/report";
import { freePort, prerenderedRoutes, runWebBench } from "@/lib/synthetic/bench/run-bench";
import { buildIsCurrent, recordBuild } from "@/scripts/build-stamp";
import { runMain } from "@/scripts/run-main";

function ensureBuild(): void {
  if (buildIsCurrent()) {
    console.log("next build: skipped (the build is current)");
  } else {
    const started = Date.now();
    console.log("next build: building (sources changed since the last build)...");
    const result = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
    recordBuild();
    console.log(`next build: took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const prerendered = prerenderedRoutes();
  const perItem = prerendered.filter((route) => route.startsWith("/servers/") || route.startsWith("/search"));
  console.log(
    `next build: ${prerendered.length} prerendered routes (${prerendered.join(", ") || "none"}); ` +
      (perItem.length
        ? `FAIL: ${perItem.length} server/tool/search pages are generated at build, so build time grows with the catalogue`
        : "no server, tool or search page is generated at build, so build time does not grow with the catalogue"),
  );
}

async function measure(baseUrl: string, paths: BenchPaths, args: BenchArgs): Promise<void> {
  console.log(
    `load: ${args.connections} connections, ${args.duration} s per route (+${args.warmup} s warm-up), ${args.distribution} over the sampled pages, on ${baseUrl}`,
  );
  const results = await runWebBench(
    paths,
    {
      baseUrl,
      connections: args.connections,
      durationSeconds: args.duration,
      warmupSeconds: args.warmup,
      routes: args.routes,
      distribution: args.distribution,
    },
    (route, phase) =>
      console.log(
        phase === "priming" ? `  priming ${route}: requesting each of its pages once...` : `  measuring ${route}...`,
      ),
  );
  console.log(`\n${formatResultsTable(results)}\n`);
  const checks = checkTargets(results);
  if (checks.length) console.log(formatTargetChecks(checks));
  if (results.some((result) => result.non2xx > 0)) {
    console.log("note: non-2xx responses mean a page is missing (404) or failing (5xx); see the status codes column");
  }
  if (checks.some((check) => !check.pass)) process.exitCode = 1;
}

runMain(async () => {
  const args = parseBenchArgs(process.argv.slice(2));
  const target = databaseTarget();
  if (target.kind !== "postgres") {
    throw new ConfigError(
      "bench:web needs PostgreSQL with the synthetic catalogue: set DATABASE_URL.",
      "BENCH_NEEDS_POSTGRES",
    );
  }
  const paths = await sampleBenchPaths(target.url, args.samples);
  console.log(
    `sampled ${paths.tool.length} tool pages (cached after priming), ${paths["tool-first-render"].length} tool pages ` +
      `each requested once (first renders), ${paths.server.length} server pages, ${paths.search.length} searches`,
  );
  if (args.url) return measure(args.url, paths, args);

  // The build lock is held while measuring too, so a test run cannot rebuild .next under the server.
  await withBuildLock(
    async () => {
      ensureBuild();
      const port = args.port ?? (await freePort());
      const server = await startNextServer({ port, env: process.env, readyPath: STATIC_PATH });
      try {
        await measure(server.url, paths, args);
      } finally {
        await server.stop();
      }
    },
    () => console.log("next build: another process holds the build lock; waiting"),
  );
});
