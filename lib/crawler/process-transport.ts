import { ReadBuffer, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { CrawlError } from "./errors";
import type { ProcessLimits, SandboxedProcess } from "./sandboxed-process";

/** Lines on stdout that are not JSON-RPC: a few are tolerated (servers log there by mistake). */
const MAX_NOISE_LINES = 1_000;

/**
 * The SDK's Transport over a SandboxedProcess. Unlike the SDK's StdioClientTransport it kills the
 * whole process group on close and enforces the stdout cap; non-JSON lines are counted and kept
 * for the error message rather than ending the session at the first one.
 */
export class ProcessTransport implements Transport {
  private readonly buffer: ReadBuffer;
  private noiseLines = 0;
  private firstNoise?: string;
  private closed = false;
  /** The reason the session ended early, used to explain a failed request. */
  failure?: CrawlError;

  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;

  constructor(
    readonly process: SandboxedProcess,
    limits: ProcessLimits,
  ) {
    this.buffer = new ReadBuffer({ maxBufferSize: limits.maxStdoutBytes });
  }

  async start(): Promise<void> {
    this.process.onStdout = (chunk) => this.receive(chunk);
    this.process.onLimit = (error) => this.fail(error);
    this.process.onExit = (description) => {
      this.failure ??= new CrawlError("SERVER_EXITED", `the server ${description}`);
      void this.close();
    };
    await this.process.start();
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.process.write(serializeMessage(message));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.process.kill();
    this.buffer.clear();
    this.onclose?.();
  }

  /** Text for an error message: noise seen on stdout, then the process's own state and stderr. */
  describe(): string {
    const noise = this.noiseLines
      ? `${this.noiseLines} non-JSON line(s) on stdout, first: ${JSON.stringify(this.firstNoise)}; `
      : "";
    return `${noise}${this.process.describe()}`;
  }

  private receive(chunk: Buffer): void {
    try {
      this.buffer.append(chunk);
    } catch (error) {
      this.fail(new CrawlError("OUTPUT_LIMIT", (error as Error).message));
      return;
    }
    for (;;) {
      let message: JSONRPCMessage | null;
      try {
        message = this.buffer.readMessage();
      } catch (error) {
        this.noise(error);
        continue;
      }
      if (!message) return;
      this.onmessage?.(message);
    }
  }

  private noise(error: unknown): void {
    this.noiseLines++;
    this.firstNoise ??= (error as Error).message.slice(0, 120);
    if (this.noiseLines > MAX_NOISE_LINES) {
      this.fail(
        new CrawlError("PROTOCOL_ERROR", `the server wrote ${this.noiseLines} lines that are not JSON-RPC to stdout`),
      );
    }
  }

  private fail(error: CrawlError): void {
    if (this.closed) return;
    this.failure ??= error;
    this.onerror?.(error);
    void this.close();
  }
}
