import { z } from "zod";

/** Why a server's crawl did not end with a tool list. The code decides how the run reports it. */
export const CrawlErrorCodeSchema = z.enum([
  "SPAWN_FAILED",
  "SERVER_EXITED",
  "CONNECT_TIMEOUT",
  "CONNECT_FAILED",
  "TOTAL_TIMEOUT",
  "PROTOCOL_ERROR",
  "OUTPUT_LIMIT",
  "TOOL_LIMIT",
  "SKIPPED_UNSUPPORTED",
  "PRIVATE_ADDRESS",
  "INVALID_ENTRY",
  "LEASE_LOST",
  "INTERNAL_ERROR",
]);
export type CrawlErrorCode = z.infer<typeof CrawlErrorCodeSchema>;

/** A failure of one server; the run records it and moves on to the next server. */
export class CrawlError extends Error {
  constructor(
    readonly code: CrawlErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CrawlError";
  }

  /** Skips are not failures: the server could not be tried here (no docker engine, no uvx). */
  get isSkip(): boolean {
    return this.code === "SKIPPED_UNSUPPORTED";
  }
}

/** Turns anything thrown while crawling into a CrawlError, keeping a code when there is one. */
export function toCrawlError(error: unknown, fallback: CrawlErrorCode = "PROTOCOL_ERROR"): CrawlError {
  if (error instanceof CrawlError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CrawlError(fallback, oneLine(message), { cause: error });
}

/** Error text kept in the database: one line, bounded, so a page or a summary can show it. */
export function oneLine(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
