import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Statement } from "@/lib/synthetic/rows";

export type Row = Record<string, unknown>;

/**
 * What the seeder needs from a database. The command uses pg directly (pipelined statements, no
 * ORM in the way); tests use the Prisma client of a test database, which may be embedded PGlite.
 */
export interface SeedTarget {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs the statements in one transaction. */
  runBatch(statements: Statement[]): Promise<void>;
  /** `count` fresh ids from the table's own sequence, so rows can be linked before they are sent. */
  reserveIds(table: "Server" | "Tool", count: number): Promise<number[]>;
  close(): Promise<void>;
}

const reserveSql = (table: string) =>
  `SELECT nextval('"${table}_id_seq"')::int AS id FROM generate_series(1, $1::int) ORDER BY 1`;

const ids = (rows: Row[]) => rows.map((row) => Number(row.id));

/**
 * Two connections: one writes batches, the other reserves ids for the next batch meanwhile, so
 * PostgreSQL writes one batch while Node generates the next.
 */
export async function pgSeedTarget(connectionString: string): Promise<SeedTarget> {
  const writer = new pg.Client({ connectionString });
  const reserver = new pg.Client({ connectionString });
  await Promise.all([writer.connect(), reserver.connect()]);
  return {
    query: async (sql, params) => (await writer.query(sql, params)).rows,
    runBatch: async (statements) => {
      await writer.query("BEGIN");
      try {
        for (const statement of statements) await writer.query(statement.sql, statement.params);
        await writer.query("COMMIT");
      } catch (error) {
        await writer.query("ROLLBACK");
        throw error;
      }
    },
    reserveIds: async (table, count) => ids((await reserver.query(reserveSql(table), [count])).rows),
    close: async () => {
      await Promise.all([writer.end(), reserver.end()]);
    },
  };
}

export function prismaSeedTarget(prisma: PrismaClient): SeedTarget {
  return {
    query: (sql, params = []) => prisma.$queryRawUnsafe<Row[]>(sql, ...params),
    runBatch: async (statements) => {
      await prisma.$transaction(statements.map((s) => prisma.$executeRawUnsafe(s.sql, ...s.params)));
    },
    reserveIds: async (table, count) => ids(await prisma.$queryRawUnsafe<Row[]>(reserveSql(table), count)),
    close: async () => {},
  };
}
