import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { connect } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, withDatabase } from "./test-db-template";

export type TestDatabase = {
  prisma: PrismaClient;
  /** The environment a child process (a script, the web server) needs to reach this database. */
  env: Record<string, string>;
  close: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: with DATABASE_URL set, a new PostgreSQL database
 * copied from the run's template; otherwise an in-memory PGlite loaded from the template dump.
 * (tests/global-setup.ts makes the templates once per run.)
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createPostgresDatabase(serverUrl);
  const dump = new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]);
  const connection = await connect({ kind: "pglite", dataDir: ":memory:" }, { pgliteLoadDataDir: dump });
  return {
    prisma: connection.prisma,
    env: {},
    close: async () => {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    },
  };
}

/**
 * Child processes cannot share an in-memory PGlite database, so tests that start scripts or the
 * web server get a PGlite data folder (or a PostgreSQL database) of their own.
 */
export async function createTestDatabaseForChildProcesses(dataDir: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createPostgresDatabase(serverUrl);
  const dump = new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]);
  const connection = await connect({ kind: "pglite", dataDir: `${dataDir}/pglite` }, { pgliteLoadDataDir: dump });
  await connection.prisma.$disconnect();
  await connection.adapter.close();
  return {
    prisma: undefined as unknown as PrismaClient,
    env: { TOOLRISK_DATA_DIR: dataDir, DATABASE_URL: "" },
    close: async () => {},
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `toolrisk_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withDatabase(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ kind: "postgres", url: url.toString(), database: name }, { maxConnections: 5 });
  return {
    prisma: connection.prisma,
    env: { DATABASE_URL: url.toString() },
    close: async () => {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
      await withDatabase(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
