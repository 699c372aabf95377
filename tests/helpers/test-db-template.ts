import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connect } from "@/lib/db";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrate";

export const POSTGRES_TEMPLATE_DB = "toolrisk_test_template";
const CACHE_DIR = path.join(process.cwd(), ".tmp");
export const PGLITE_TEMPLATE_FILE = path.join(CACHE_DIR, "pglite-template.tgz");
const PGLITE_TEMPLATE_HASH_FILE = `${PGLITE_TEMPLATE_FILE}.hash`;

export async function withDatabase<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Hash of every migration file: the PGlite template is rebuilt only when migrations change. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const dir of readdirSync(MIGRATIONS_DIR).sort()) {
    const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
    if (existsSync(file)) hash.update(dir).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export async function preparePgliteTemplate(): Promise<void> {
  const hash = migrationsHash();
  if (existsSync(PGLITE_TEMPLATE_FILE) && existsSync(PGLITE_TEMPLATE_HASH_FILE)) {
    if (readFileSync(PGLITE_TEMPLATE_HASH_FILE, "utf8") === hash) return;
  }
  const connection = await connect({ kind: "pglite", dataDir: ":memory:" });
  try {
    await applyMigrations(connection.adapter.factory);
    const dump = await connection.adapter.pglite?.dumpDataDir("gzip");
    if (!dump) throw new Error("PGlite did not produce a dump");
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
    writeFileSync(PGLITE_TEMPLATE_HASH_FILE, hash);
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}

export async function preparePostgresTemplate(serverUrl: string): Promise<void> {
  await withDatabase(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${POSTGRES_TEMPLATE_DB}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${POSTGRES_TEMPLATE_DB}`;
  const connection = await connect({ kind: "postgres", url: url.toString(), database: POSTGRES_TEMPLATE_DB });
  try {
    await applyMigrations(connection.adapter.factory);
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}
