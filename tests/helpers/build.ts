import { spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "@/scripts/build-stamp";

const LOCK_DIR = path.join(process.cwd(), ".tmp", "next-build.lock");
const STALE_LOCK_MS = 10 * 60_000;

function tryLock(): boolean {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  try {
    mkdirSync(LOCK_DIR);
    return true;
  } catch {
    // A lock left by a killed run must not block every later run.
    const lockedAt = statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - lockedAt > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
    return false;
  }
}

/**
 * Makes the production build that browser tests serve, once: test files run in parallel, so the
 * first takes a lock and builds while the others wait. Skipped when sources have not changed.
 */
export async function ensureProductionBuild(): Promise<void> {
  while (!buildIsCurrent()) {
    if (!tryLock()) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      continue;
    }
    try {
      if (buildIsCurrent()) return;
      const code = await new Promise<number>((resolve, reject) => {
        const child = spawn("npx", ["next", "build"], {
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
        });
        child.on("error", reject);
        child.on("exit", (status) => resolve(status ?? 1));
      });
      if (code !== 0) throw new Error("next build failed; the browser tests need a production build");
      recordBuild();
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
}
