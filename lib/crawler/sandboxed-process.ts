import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { CrawlError } from "./errors";
import type { ProcessSpec } from "./launch-plan";

export type ProcessLimits = { maxStdoutBytes: number };

const STDERR_TAIL_BYTES = 4_096;

/** Process groups alive now, so a crawler stopped by a signal can take them down with it. */
const liveGroups = new Set<number>();

/** Synchronous on purpose: called from signal handlers just before the crawler exits. */
export function killAllServerGroups(): void {
  for (const pgid of liveGroups) signalGroup(pgid, "SIGKILL");
  liveGroups.clear();
}
const TERM_GRACE_MS = 300;

/**
 * An untrusted server process: started in its own process group (detached) so that everything
 * it forks can be killed together, with stdout counted against a cap and only the tail of
 * stderr kept for error messages.
 */
export class SandboxedProcess {
  private child?: ChildProcessWithoutNullStreams;
  private stdoutBytes = 0;
  private stderrTail = "";
  private exited = false;
  private exitDescription?: string;
  private readonly exitWaiters: (() => void)[] = [];

  onStdout?: (chunk: Buffer) => void;
  onExit?: (description: string) => void;
  onLimit?: (error: CrawlError) => void;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly limits: ProcessLimits,
  ) {}

  /** Resolves once the process runs; rejects with SPAWN_FAILED when it cannot be started. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.spec.command, this.spec.args, {
        cwd: this.spec.cwd,
        env: this.spec.env as NodeJS.ProcessEnv,
        detached: true,
        stdio: ["pipe", "pipe", "pipe"],
      });
      this.child = child;
      child.once("spawn", () => {
        if (child.pid) liveGroups.add(child.pid);
        if (this.spec.pgidFile && child.pid) writeFileSync(this.spec.pgidFile, String(child.pid));
        resolve();
      });
      child.once("error", (error) => {
        this.markExited(`could not be started: ${error.message}`);
        reject(new CrawlError("SPAWN_FAILED", `${this.spec.command} could not be started: ${error.message}`));
      });
      child.stdout.on("data", (chunk: Buffer) => this.receiveStdout(chunk));
      child.stderr.on("data", (chunk: Buffer) => {
        this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL_BYTES);
      });
      // A server that exits never reads its stdin again; writing to it must not crash the crawler.
      child.stdin.on("error", () => {});
      child.once("close", (code, signal) =>
        this.markExited(signal ? `was killed by ${signal}` : `exited with code ${code}`),
      );
    });
  }

  write(data: string): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin || this.exited || !stdin.writable) return Promise.reject(new Error("the server process is not running"));
    return new Promise((resolve, reject) => stdin.write(data, (error) => (error ? reject(error) : resolve())));
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** What an error message should say about the process: how it ended and its last stderr lines. */
  describe(): string {
    const stderr = this.stderrTail.trim().split("\n").slice(-5).join(" | ");
    const how = this.exitDescription ? `the server ${this.exitDescription}` : "the server is running";
    return stderr ? `${how}; stderr: ${stderr}` : how;
  }

  /** Kills the whole process group: SIGTERM, a short grace, then SIGKILL for whatever remains. */
  async kill(): Promise<void> {
    const pid = this.child?.pid;
    if (!pid) return;
    this.child?.stdin.end();
    signalGroup(pid, "SIGTERM");
    if (!this.exited) await Promise.race([this.waitForExit(), delay(TERM_GRACE_MS)]);
    // Children may outlive the leader (npx → node): the group is killed even after the leader exits.
    signalGroup(pid, "SIGKILL");
    liveGroups.delete(pid);
    this.child?.stdout.destroy();
    this.child?.stderr.destroy();
  }

  private receiveStdout(chunk: Buffer): void {
    this.stdoutBytes += chunk.length;
    if (this.stdoutBytes > this.limits.maxStdoutBytes) {
      this.child?.stdout.pause();
      this.onLimit?.(
        new CrawlError("OUTPUT_LIMIT", `the server wrote more than ${this.limits.maxStdoutBytes} bytes to stdout`),
      );
      return;
    }
    this.onStdout?.(chunk);
  }

  private markExited(description: string): void {
    if (this.exited) return;
    this.exited = true;
    this.exitDescription = description;
    for (const waiter of this.exitWaiters.splice(0)) waiter();
    this.onExit?.(description);
  }

  private waitForExit(): Promise<void> {
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
