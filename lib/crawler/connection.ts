import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { z } from "zod";

/** One page of a list the server returned, items still unparsed: the crawl reshapes them. */
export type ListPage = { items: unknown[]; nextCursor?: string };
export type ListKind = "tools" | "prompts" | "resources";

/** What the server said about itself at initialize. */
export type ServerIdentity = {
  serverInfo?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
  instructions?: string;
};

/**
 * The crawl loop's only view of a server: identity and paged lists. Transports (stdio processes,
 * HTTP, in-memory in unit tests) hide behind it.
 */
export interface Connection {
  readonly identity: ServerIdentity;
  list(kind: ListKind, cursor: string | undefined, timeoutMs: number): Promise<ListPage>;
  close(): Promise<void>;
}

// Loose on purpose: items are validated one by one by our own schemas, not rejected page-wide.
const PageSchema = z.looseObject({
  tools: z.array(z.unknown()).optional(),
  prompts: z.array(z.unknown()).optional(),
  resources: z.array(z.unknown()).optional(),
  nextCursor: z.string().optional(),
});

export const CLIENT_INFO = { name: "toolrisk-crawler", version: "1.0.0" };

/** Runs initialize over a transport and returns the Connection; throws what the SDK throws. */
export async function connectClient(transport: Transport, timeoutMs: number): Promise<Connection> {
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  await client.connect(transport, { timeout: timeoutMs });
  const identity: ServerIdentity = {
    serverInfo: client.getServerVersion() as Record<string, unknown> | undefined,
    capabilities: client.getServerCapabilities() as Record<string, unknown> | undefined,
    instructions: client.getInstructions(),
  };
  return {
    identity,
    async list(kind, cursor, timeout) {
      const result = await client.request({ method: `${kind}/list`, params: cursor ? { cursor } : {} }, PageSchema, {
        timeout,
      });
      return { items: result[kind] ?? [], nextCursor: result.nextCursor || undefined };
    },
    close: () => client.close(),
  };
}
