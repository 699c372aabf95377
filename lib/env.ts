import path from "node:path";
import { z } from "zod";

/** A problem with configuration or the environment that a person must fix; printed without a stack. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** Any string record: process.env, or a test's own environment. */
export type EnvRecord = Record<string, string | undefined>;

const EnvSchema = z.object({
  DATABASE_URL: optionalString,
  TOOLRISK_DATA_DIR: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: optionalString,
  SITE_URL: optionalString,
  PORT: optionalString,
  TOOLRISK_PAGE_CACHE_MB: optionalString,
});

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; database: string };

/** Where the database lives: PostgreSQL when DATABASE_URL is set, else embedded PGlite in ./data. */
export function databaseTarget(env: EnvRecord = process.env): DatabaseTarget {
  const parsed = EnvSchema.parse(env);
  if (!parsed.DATABASE_URL) {
    const dataDir = path.resolve(parsed.TOOLRISK_DATA_DIR ?? "data", "pglite");
    return { kind: "pglite", dataDir };
  }
  return { kind: "postgres", ...parsePostgresUrl(parsed.DATABASE_URL) };
}

function parsePostgresUrl(raw: string): { url: string; database: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL. Expected postgresql://USER@HOST:PORT/DATABASE, got "${redact(raw)}".`,
      "DATABASE_URL_MALFORMED",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"). Unset it to use the embedded database.`,
      "DATABASE_URL_MALFORMED",
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!url.hostname || !database) {
    throw new ConfigError(
      `DATABASE_URL must name a host and a database, e.g. postgresql://postgres@127.0.0.1:5432/toolrisk (got "${redact(raw)}").`,
      "DATABASE_URL_MALFORMED",
    );
  }
  return { url: raw, database };
}

/** Hides a password in a connection string before it is printed. */
export function redact(connectionString: string): string {
  return connectionString.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

export function siteUrl(env: EnvRecord = process.env): string {
  const parsed = EnvSchema.parse(env);
  return (parsed.SITE_URL ?? `http://localhost:${parsed.PORT ?? "3000"}`).replace(/\/$/, "");
}

export type OpenAiSettings = { apiKey: string; baseURL?: string; model: string };

/** The LLM classifier is on only when OPENAI_API_KEY is set. */
export function openAiSettings(env: EnvRecord = process.env): OpenAiSettings | undefined {
  const parsed = EnvSchema.parse(env);
  if (!parsed.OPENAI_API_KEY) return undefined;
  return {
    apiKey: parsed.OPENAI_API_KEY,
    baseURL: parsed.OPENAI_BASE_URL,
    model: parsed.OPENAI_MODEL ?? "gpt-4o-mini",
  };
}

export type ServeSettings = { port: number; pageCacheBytes: number };

/** Default size of the front server's page cache: about 2,000 tool pages, plain and gzipped. */
export const DEFAULT_PAGE_CACHE_MB = 256;

/** The port the site listens on and the size of its page cache (0 turns the cache off). */
export function serveSettings(env: EnvRecord = process.env): ServeSettings {
  const parsed = EnvSchema.parse(env);
  const port = Number(parsed.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new ConfigError(`PORT must be a number from 1 to 65535, got "${parsed.PORT}".`, "BAD_PORT");
  }
  const megabytes = Number(parsed.TOOLRISK_PAGE_CACHE_MB ?? DEFAULT_PAGE_CACHE_MB);
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    throw new ConfigError(
      `TOOLRISK_PAGE_CACHE_MB must be a number of megabytes, 0 or more, got "${parsed.TOOLRISK_PAGE_CACHE_MB}".`,
      "BAD_PAGE_CACHE_SIZE",
    );
  }
  return { port, pageCacheBytes: Math.floor(megabytes * 1024 * 1024) };
}
