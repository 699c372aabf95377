/** `npm run db:migrate`: applies prisma/migrations to the configured database (PGlite or PostgreSQL). */
import { connect, disconnect } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/setup";
import { databaseTarget } from "@/lib/env";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const target = databaseTarget();
  const connection = await connect(target);
  try {
    const applied = await migrateDatabase(connection);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
    await disconnect();
  }
});
