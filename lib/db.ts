import { type AdapterHandle, openAdapter } from "@/lib/db/adapter";
import { ConfigError, type DatabaseTarget, databaseTarget, redact } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

type Connection = { prisma: PrismaClient; adapter: AdapterHandle; target: DatabaseTarget };

// Kept on globalThis so Next's dev reloads and repeated imports share one connection
// (an embedded PGlite database can be opened by only one client per process).
const holder = globalThis as typeof globalThis & { __toolriskDb?: Promise<Connection> };

/** The one Prisma client of this process, for the database chosen by the environment. */
export async function getPrisma(): Promise<PrismaClient> {
  holder.__toolriskDb ??= connect(databaseTarget()).catch((error: unknown) => {
    holder.__toolriskDb = undefined;
    throw error;
  });
  return (await holder.__toolriskDb).prisma;
}

export async function connect(
  target: DatabaseTarget,
  options: Parameters<typeof openAdapter>[1] = {},
): Promise<Connection> {
  const adapter = await openAdapter(target, options).catch((error: unknown) => {
    throw describeConnectionError(target, error);
  });
  const prisma = new PrismaClient({ adapter: adapter.factory });
  return { prisma, adapter, target };
}

/** Closes the process's connection (scripts call this so the pg pool does not hold them open). */
export async function disconnect(): Promise<void> {
  const pending = holder.__toolriskDb;
  holder.__toolriskDb = undefined;
  if (!pending) return;
  const connection = await pending.catch(() => undefined);
  if (!connection) return;
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}

/** Runs a trivial query so start-up fails with one clear message rather than on the first page. */
export async function checkConnection(prisma: PrismaClient, target: DatabaseTarget): Promise<void> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    throw describeConnectionError(target, error);
  }
}

export function describeConnectionError(target: DatabaseTarget, error: unknown): ConfigError {
  const text = errorText(error);
  if (target.kind === "pglite") {
    return new ConfigError(
      `The embedded database in ${target.dataDir} could not be opened (${text}). It may be damaged or in use by another process; stop the other process, or move the folder away to start afresh.`,
      "DATABASE_EMBEDDED_UNAVAILABLE",
    );
  }
  const where = redact(target.url);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|timeout|Can't reach|connect/i.test(text)) {
    return new ConfigError(`Cannot reach the PostgreSQL server at ${where} (${text}).`, "DATABASE_UNREACHABLE");
  }
  if (/does not exist/i.test(text)) {
    return new ConfigError(
      `The database in ${where} does not exist (${text}). Create it with: createdb ${target.database}`,
      "DATABASE_MISSING",
    );
  }
  if (/password|authentication/i.test(text)) {
    return new ConfigError(`PostgreSQL refused the credentials in ${where} (${text}).`, "DATABASE_AUTH");
  }
  return new ConfigError(`The database at ${where} failed: ${text}`, "DATABASE_ERROR");
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return errorText(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as Error & { code?: string }).code;
    const cause = error.cause ? `; ${errorText(error.cause)}` : "";
    const message = error.message.split("\n").filter(Boolean).slice(-1)[0] ?? error.name;
    return `${code && !message.includes(code) ? `${code}: ` : ""}${message}${cause}`;
  }
  return String(error);
}
