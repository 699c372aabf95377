import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { assertPublicUrl } from "./address-guard";
import { type Connection, connectClient } from "./connection";
import { CrawlError, oneLine } from "./errors";
import type { HttpKind, LaunchPlan } from "./launch-plan";
import { ProcessTransport } from "./process-transport";
import { SandboxedProcess } from "./sandboxed-process";

export type ConnectOptions = {
  connectTimeoutMs: number;
  maxStdoutBytes: number;
  /** Allow remote URLs on private, loopback and link-local addresses (tests, local servers). */
  allowPrivate: boolean;
};

const HTTP_RETRY_MS = 200;

/** Starts or reaches the server of a plan and initializes it; every failure is a CrawlError. */
export async function openConnection(plan: LaunchPlan, options: ConnectOptions): Promise<Connection> {
  if (plan.kind === "stdio") return openStdio(plan.process, options);
  if (plan.kind === "remote") {
    if (!options.allowPrivate) await assertPublicUrl(plan.url);
    return connectHttp(plan.url, plan.transport, plan.headers, options.connectTimeoutMs);
  }
  return openLocalHttp(plan, options);
}

async function openStdio(spec: SandboxedProcessSpec, options: ConnectOptions): Promise<Connection> {
  const limits = { maxStdoutBytes: options.maxStdoutBytes };
  const transport = new ProcessTransport(new SandboxedProcess(spec, limits), limits);
  const explain = (error: unknown, phase: string) =>
    explainFailure(error, phase, transport.failure, () => transport.describe(), options.connectTimeoutMs);
  let connection: Connection;
  try {
    connection = await connectClient(transport, options.connectTimeoutMs);
  } catch (error) {
    await transport.close();
    throw explain(error, "initialize");
  }
  return {
    identity: connection.identity,
    list: (kind, cursor, timeoutMs) =>
      connection.list(kind, cursor, timeoutMs).catch((error: unknown) => {
        throw explain(error, `${kind}/list`);
      }),
    close: async () => {
      await connection.close().catch(() => {});
      await transport.close();
    },
  };
}

type SandboxedProcessSpec = ConstructorParameters<typeof SandboxedProcess>[0];

/** A packaged server that speaks HTTP: start it, then retry connecting until it listens. */
async function openLocalHttp(plan: Extract<LaunchPlan, { kind: "local-http" }>, options: ConnectOptions) {
  const server = new SandboxedProcess(plan.process, { maxStdoutBytes: options.maxStdoutBytes });
  server.onLimit = () => void server.kill();
  await server.start();
  const deadline = Date.now() + options.connectTimeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && !server.hasExited) {
    try {
      const connection = await connectHttp(plan.url, plan.transport, {}, Math.max(deadline - Date.now(), 1));
      return {
        ...connection,
        close: async () => {
          await connection.close().catch(() => {});
          await server.kill();
        },
      };
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, HTTP_RETRY_MS));
    }
  }
  await server.kill();
  if (server.hasExited) throw new CrawlError("SERVER_EXITED", oneLine(server.describe()));
  const detail = lastError instanceof Error ? `; last error: ${lastError.message}` : "";
  throw new CrawlError(
    "CONNECT_TIMEOUT",
    oneLine(`${plan.url} did not answer within ${options.connectTimeoutMs} ms${detail}; ${server.describe()}`),
  );
}

/** Streamable HTTP first; servers that answer it with an error may be older SSE servers. */
async function connectHttp(url: string, kind: HttpKind, headers: Record<string, string>, timeoutMs: number) {
  const target = new URL(url);
  const requestInit = { headers };
  if (kind === "streamable-http") {
    try {
      return await connectClient(new StreamableHTTPClientTransport(target, { requestInit }), timeoutMs);
    } catch (error) {
      if (isTimeout(error)) throw explainFailure(error, "initialize", undefined, () => url, timeoutMs);
      try {
        return await connectClient(new SSEClientTransport(target, { requestInit }), timeoutMs);
      } catch {
        throw new CrawlError("CONNECT_FAILED", oneLine(`${url}: ${(error as Error).message}`));
      }
    }
  }
  try {
    return await connectClient(new SSEClientTransport(target, { requestInit }), timeoutMs);
  } catch (error) {
    if (isTimeout(error)) throw explainFailure(error, "initialize", undefined, () => url, timeoutMs);
    throw new CrawlError("CONNECT_FAILED", oneLine(`${url}: ${(error as Error).message}`));
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof McpError && error.code === ErrorCode.RequestTimeout;
}

/** The most specific reason: what the transport saw (exit, output cap) beats the SDK's symptom. */
function explainFailure(
  error: unknown,
  phase: string,
  transportFailure: CrawlError | undefined,
  describe: () => string,
  timeoutMs: number,
): CrawlError {
  if (error instanceof CrawlError && error.code !== "PROTOCOL_ERROR") return error;
  if (transportFailure && transportFailure.code !== "SERVER_EXITED") return transportFailure;
  if (transportFailure) return new CrawlError("SERVER_EXITED", oneLine(`during ${phase}: ${describe()}`));
  if (isTimeout(error)) {
    const code = phase === "initialize" ? "CONNECT_TIMEOUT" : "TOTAL_TIMEOUT";
    return new CrawlError(code, oneLine(`no answer to ${phase} within ${timeoutMs} ms; ${describe()}`));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CrawlError("PROTOCOL_ERROR", oneLine(`${phase} failed: ${message}; ${describe()}`));
}
