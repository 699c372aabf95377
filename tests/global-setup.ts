import { spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuild } from "@/scripts/build-stamp";
import { preparePgliteTemplate, preparePostgresTemplate } from "./helpers/test-db-template";

/**
 * Runs once per `vitest run`: migrates a template database that each test file copies, and makes
 * the production build the browser tests serve (skipped when the sources have not changed).
 */
export default async function setup(): Promise<void> {
  // The PGlite template is needed in both modes: tests of `npm start` may use an embedded database.
  await preparePgliteTemplate();
  if (process.env.DATABASE_URL) await preparePostgresTemplate(process.env.DATABASE_URL);
  if (!process.env.TOOLRISK_SKIP_BUILD && !buildIsCurrent()) {
    const result = spawnSync("npx", ["next", "build"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error("next build failed; the browser tests need a production build");
    recordBuild();
  }
}
