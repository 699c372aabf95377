import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Servers run in their own process groups, so a crawler killed with SIGKILL leaves them running
 * (an HTTP server would keep its port). Each sandbox folder is named after its crawler's pid and
 * holds the server's process group id: on start, groups of dead crawlers are killed and their
 * folders removed.
 */
export function reapOrphans(sandboxDir: string): number {
  let reaped = 0;
  let names: string[];
  try {
    names = readdirSync(sandboxDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const crawlerPid = Number(name.split("-").at(-2));
    if (!Number.isInteger(crawlerPid) || isAlive(crawlerPid)) continue;
    const folder = path.join(sandboxDir, name);
    try {
      const pgid = Number(readFileSync(path.join(folder, "pgid"), "utf8"));
      if (pgid > 0) {
        process.kill(-pgid, "SIGKILL");
        reaped++;
      }
    } catch {
      // No pgid file or the group is gone already.
    }
    rmSync(folder, { recursive: true, force: true });
  }
  return reaped;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
