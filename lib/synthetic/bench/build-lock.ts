import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The lock the browser tests take around `next build` (tests/helpers/build.ts): one build at a time in .next. */
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

/** Runs `work` holding the build lock, waiting while another process builds. */
export async function withBuildLock<T>(work: () => T | Promise<T>, onWait: () => void = () => {}): Promise<T> {
  let waited = false;
  while (!tryLock()) {
    if (!waited) onWait();
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
