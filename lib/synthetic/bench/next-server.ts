import { type ChildProcess, spawn } from "node:child_process";

export type NextServer = { url: string; output: () => string; stop: () => Promise<void> };

/**
 * Starts the production server `npm start` runs (scripts/serve.ts: Next behind the page cache) in a
 * process group of its own, so stopping it also stops the node process npx starts, and waits until
 * it answers `readyPath`.
 */
export async function startNextServer(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  readyPath: string;
  timeoutMs?: number;
}): Promise<NextServer> {
  const child = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: { NEXT_TELEMETRY_DISABLED: "1", ...options.env, PORT: String(options.port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const url = `http://127.0.0.1:${options.port}`;
  const server = { url, output: () => output, stop: () => stopGroup(child) };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(url + options.readyPath, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return server;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await server.stop();
  throw new Error(`the server did not answer ${options.readyPath} within the time allowed:\n${output}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
