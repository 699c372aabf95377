import { execFile } from "node:child_process";

/** A program that starts packaged servers: usable only when it exists and actually works here. */
export type Runtime = "npx" | "uvx" | "docker";

export type RuntimeStatus = { available: true } | { available: false; reason: string };

// `docker --version` succeeds with only a client installed; `docker info` needs the engine.
const PROBES: Record<Runtime, string[]> = {
  npx: ["--version"],
  uvx: ["--version"],
  docker: ["info", "--format", "{{.ServerVersion}}"],
};

const cache = new Map<Runtime, Promise<RuntimeStatus>>();

/** Checked once per process: every server that needs the runtime shares the answer. */
export function runtimeStatus(runtime: Runtime): Promise<RuntimeStatus> {
  let status = cache.get(runtime);
  if (!status) {
    status = probe(runtime);
    cache.set(runtime, status);
  }
  return status;
}

function probe(runtime: Runtime): Promise<RuntimeStatus> {
  return new Promise((resolve) => {
    execFile(runtime, PROBES[runtime], { timeout: 10_000 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ available: true });
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      const detail = missing ? "not installed" : (stderr.trim().split("\n").pop() ?? error.message);
      resolve({ available: false, reason: `${runtime} is not usable here (${detail.slice(0, 200)})` });
    });
  });
}
