/**
 * `npm run db:migrate:create -- NAME`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the existing migrations to prisma/schema.prisma. The diff runs against
 * a scratch in-memory PGlite "shadow" database, so no server is needed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openAdapter } from "@/lib/db/adapter";
import { diffShadowToSchema, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/i.test(name)) {
    throw new Error("Usage: npm run db:migrate:create -- NAME   (letters, digits and _ only)");
  }
  const shadow = await openAdapter({ kind: "pglite", dataDir: ":memory:" });
  try {
    const sql = await diffShadowToSchema(shadow.factory);
    if (!sql.trim()) {
      console.log("The schema matches the migrations: nothing to create.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await shadow.close();
  }
});
