import { classifyCatalogue } from "@/lib/classifier/store";
import type { Db } from "@/lib/db";

/** Classifies tools with no classification for their current definition (all of them on a first start). */
export async function classifyPendingTools(db: Db): Promise<void> {
  const run = await classifyCatalogue(db);
  if (run.classified) console.log(`toolrisk: classified ${run.classified} tools (${run.unchanged} unchanged)`);
}
