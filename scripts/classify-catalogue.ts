import { parseArgs } from "node:util";
import { llmStoreClassifier } from "@/lib/classifier/llm-store";
import { classifyCatalogue, RULES_STORE_CLASSIFIER } from "@/lib/classifier/store";
import { disconnect, getPrisma } from "@/lib/db";
import { runMain } from "@/scripts/run-main";

/**
 * npm run classify [-- --all]: classifies catalogue tools whose definition changed since their last
 * classification. With OPENAI_API_KEY set, the least confident go to the model too.
 */
runMain(async () => {
  const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
  try {
    const db = await getPrisma();
    const llm = process.env.OPENAI_API_KEY ? llmStoreClassifier(db) : undefined;
    if (typeof llm === "string") throw new Error(`cannot use the LLM classifier: ${llm}`);
    console.log(`classify: ${llm ? "rules, then the model for low-confidence tools" : "rules classifier"}`);
    let lastReport = Date.now();
    const run = await classifyCatalogue(db, {
      all: values.all,
      classifier: llm ?? RULES_STORE_CLASSIFIER,
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
