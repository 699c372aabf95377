import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file; migrations run through scripts/db-migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
