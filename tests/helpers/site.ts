import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "./build";
import { createTestDatabaseForChildProcesses, type TestDatabase } from "./test-db";

export type RunningSite = { url: string; output: () => string; stop: () => Promise<void>; database: TestDatabase };

export async function freePort(): Promise<number> {
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

/**
 * Starts the site the way a user does (`npm start`: migrate, load the snapshot, serve) on a free
 * port with a database of its own, or with `database` when the test prepared one (it then keeps
 * ownership of it). The production build is made once per source change.
 */
export async function startSite(
  options: { env?: Record<string, string>; timeoutMs?: number; database?: TestDatabase } = {},
): Promise<RunningSite> {
  await ensureProductionBuild();
  const ownDataDir = options.database ? undefined : mkdtempSync(path.join(tmpdir(), "toolrisk-site-"));
  const database = options.database ?? (await createTestDatabaseForChildProcesses(ownDataDir as string));
  const port = await freePort();
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, ...database.env, ...options.env, PORT: String(port), SITE_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    await killGroup(child);
    if (ownDataDir) {
      await database.close();
      rmSync(ownDataDir, { recursive: true, force: true });
    }
  };
  try {
    await waitForHttp(url, child, () => output, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop, database };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the site did not answer within ${timeoutMs} ms:\n${output()}`);
}

export async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
