import { parseArgs } from "node:util";
import { classifyCatalogue } from "@/lib/classifier/store";
import { disconnect, getPrisma } from "@/lib/db";
import { runMain } from "@/scripts/run-main";

/** npm run classify [-- --all]: classifies catalogue tools whose definition changed since their last classification. */
runMain(async () => {
  const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
  try {
    const db = await getPrisma();
    let lastReport = Date.now();
    const run = await classifyCatalogue(db, {
      all: values.all,
      onServer: (progress) => {
        if (Date.now() - lastReport < 2_000) return;
        lastReport = Date.now();
        console.log(`classify: ${progress.servers} servers, ${progress.classified} tools classified so far`);
      },
    });
    console.log(
      `classify: ${run.servers} servers, ${run.tools} tools: ${run.classified} classified, ${run.unchanged} unchanged` +
        (run.unreadable ? `, ${run.unreadable} unreadable` : ""),
    );
  } finally {
    await disconnect();
  }
});
