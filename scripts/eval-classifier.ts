import path from "node:path";
import { parseArgs } from "node:util";
import { formatErrors, formatReport } from "@/lib/classifier/eval-report";
import { evaluateAll, evaluateHalves, loadLabels, loadToolRecords } from "@/lib/classifier/run-evaluation";
import { CLASSIFIER_DEV_DATA_DIR } from "@/lib/content/publish-evaluation";

/** npm run eval:classifier [-- --labels F --tools F --json --errors --halves] */

const { values } = parseArgs({
  options: {
    labels: { type: "string", default: path.join(CLASSIFIER_DEV_DATA_DIR, "dev-labels.jsonl") },
    tools: { type: "string", default: path.join(CLASSIFIER_DEV_DATA_DIR, "dev-tools.jsonl") },
    json: { type: "boolean", default: false },
    errors: { type: "boolean", default: false },
    halves: { type: "boolean", default: false },
  },
});

const labels = loadLabels(values.labels);
const records = loadToolRecords(values.tools);
const all = evaluateAll(records, labels);
const halves = values.halves ? evaluateHalves(records, labels) : undefined;

if (values.json) {
  console.log(JSON.stringify({ ...all, halves }, null, 2));
} else {
  console.log(formatReport("rules classifier", all.rules, { details: true }));
  console.log(`\n${formatReport("baseline: annotations only", all.annotationsOnly, { details: false })}`);
  console.log(`\n${formatReport("baseline: name keywords only", all.nameKeywords, { details: false })}`);
  halves?.forEach((half, i) => {
    console.log(`\n${formatReport(`server half ${i}: rules`, half.rules, { details: false })}`);
  });
  if (values.errors) console.log(`\nmisclassified:\n${formatErrors(all.rules)}`);
}
