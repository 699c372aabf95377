/**
 * `npm start`: the one-command start. Migrates the database, loads the shipped catalogue when the
 * database is empty, classifies what is unclassified, builds the site when its sources changed,
 * then serves it (scripts/serve.ts). Every expected failure ends in one clear line, not a stack trace.
 */
import { spawn } from "node:child_process";
import { DEFAULT_SNAPSHOT_PATH, loadSnapshot, readSnapshotFile } from "@/lib/catalogue/load-snapshot";
import { connect } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/setup";
import { databaseTarget, serveSettings } from "@/lib/env";
import { buildIsCurrent, recordBuild } from "@/scripts/build-stamp";
import { classifyPendingTools } from "@/scripts/classify-pending";
import { runMain } from "@/scripts/run-main";

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => child.kill(sig));
  });
}

runMain(async () => {
  const target = databaseTarget();
  const { port } = serveSettings();
  const connection = await connect(target);
  try {
    const applied = await migrateDatabase(connection);
    if (applied.length) console.log(`toolrisk: applied migrations ${applied.join(", ")}`);
    if ((await connection.prisma.server.count()) === 0) {
      const snapshot = readSnapshotFile(process.env.TOOLRISK_SNAPSHOT ?? DEFAULT_SNAPSHOT_PATH);
      const loaded = await loadSnapshot(connection.prisma, snapshot);
      console.log(`toolrisk: loaded the catalogue snapshot (${loaded.servers} servers, ${loaded.tools} tools)`);
    }
    await classifyPendingTools(connection.prisma);
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }

  if (!buildIsCurrent()) {
    console.log("toolrisk: building the site (sources changed since the last build)");
    const code = await run("npx", ["next", "build"]);
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    recordBuild();
  }
  console.log(`toolrisk: serving on http://localhost:${port}`);
  process.exitCode = await run("npx", ["tsx", "scripts/serve.ts"]);
});
