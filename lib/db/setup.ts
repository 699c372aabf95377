import { checkConnection, type connect } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";

type Connection = Awaited<ReturnType<typeof connect>>;

/** Checks the connection, then applies pending migrations. */
export async function migrateDatabase(connection: Connection): Promise<string[]> {
  await checkConnection(connection.prisma, connection.target);
  return applyMigrations(connection.adapter.factory);
}
