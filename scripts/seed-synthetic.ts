/**
 * `npm run seed:synthetic [-- --servers N --tools-per-server M --reset]`: loads a deterministic
 * synthetic catalogue (50,000 servers × 10 tools by default) into PostgreSQL, for load tests.
 */
import { ConfigError, databaseTarget, redact } from "@/lib/env";
import { parseSeedArgs } from "@/lib/synthetic/options";
import { seedSyntheticCatalogue } from "@/lib/synthetic/seed";
import { pgSeedTarget } from "@/lib/synthetic/target";
import { runMain } from "@/scripts/run-main";

const PROGRESS_EVERY_MS = 2_000;

runMain(async () => {
  const options = parseSeedArgs(process.argv.slice(2));
  const target = databaseTarget();
  if (target.kind !== "postgres") {
    throw new ConfigError(
      "seed:synthetic needs PostgreSQL: set DATABASE_URL (the embedded database is too small for 500,000 tools).",
      "SEED_NEEDS_POSTGRES",
    );
  }
  console.log(
    `seeding ${options.servers.toLocaleString("en-US")} servers × ${options.toolsPerServer} tools into ${redact(target.url)}${options.reset ? " (replacing the previous synthetic data)" : ""}`,
  );
  const db = await pgSeedTarget(target.url);
  let lastReport = 0;
  try {
    const result = await seedSyntheticCatalogue(db, options, (progress) => {
      const done = progress.servers === progress.totalServers;
      if (!done && progress.elapsedMs - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = progress.elapsedMs;
      const rate = Math.round(progress.tools / (progress.elapsedMs / 1000));
      console.log(
        `  ${progress.servers.toLocaleString("en-US")}/${progress.totalServers.toLocaleString("en-US")} servers, ${progress.tools.toLocaleString("en-US")} tools (${rate.toLocaleString("en-US")} tools/s)`,
      );
    });
    if (result.deletedServers)
      console.log(`deleted ${result.deletedServers.toLocaleString("en-US")} previous synthetic servers`);
    console.log(
      `seeded ${result.servers.toLocaleString("en-US")} servers and ${result.tools.toLocaleString("en-US")} tools in ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.close();
  }
});
