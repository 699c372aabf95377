/**
 * `npm run eval:classifier:publish`: measures the rules classifier on the shared labelled data and
 * writes the figures the methodology page shows (lib/content/classifier-evaluation.json).
 */
import { writeFileSync } from "node:fs";
import { evaluationToPublish, PUBLISHED_EVALUATION_FILE } from "@/lib/content/publish-evaluation";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const published = evaluationToPublish();
  writeFileSync(PUBLISHED_EVALUATION_FILE, `${JSON.stringify(published, null, 2)}\n`);
  console.log(
    `Wrote ${PUBLISHED_EVALUATION_FILE}: category accuracy ${(published.rules.categoryAccuracy * 100).toFixed(1)}%, risk accuracy ${(published.rules.riskAccuracy * 100).toFixed(1)}%`,
  );
});
