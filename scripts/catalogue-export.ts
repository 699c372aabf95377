/** `npm run catalogue:export [FILE]`: writes the database's catalogue to prisma/catalogue.json. */
import { writeFileSync } from "node:fs";
import { DEFAULT_SNAPSHOT_PATH } from "@/lib/catalogue/load-snapshot";
import { exportCatalogue } from "@/lib/crawler/export-catalogue";
import { disconnect, getPrisma } from "@/lib/db";
import { runMain } from "./run-main";

runMain(async () => {
  const file = process.argv[2] ?? DEFAULT_SNAPSHOT_PATH;
  const db = await getPrisma();
  try {
    const lastRun = await db.crawlRun.findFirst({ where: { status: "finished" }, orderBy: { id: "desc" } });
    const source = lastRun
      ? `crawl of ${lastRun.source}, last run finished ${lastRun.finishedAt?.toISOString()}`
      : "database export";
    const snapshot = await exportCatalogue(db, source);
    writeFileSync(file, `${JSON.stringify(snapshot, null, 1)}\n`);
    const tools = snapshot.servers.reduce((sum, server) => sum + server.tools.length, 0);
    console.error(`Wrote ${file}: ${snapshot.servers.length} servers, ${tools} tools.`);
  } finally {
    await disconnect();
  }
});
