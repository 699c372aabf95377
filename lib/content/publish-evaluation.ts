import path from "node:path";
import type { EvaluationReport } from "@/lib/classifier/evaluate";
import { evaluateAll, evaluateHalves, loadLabels, loadToolRecords } from "@/lib/classifier/run-evaluation";
import { RULES_CLASSIFIER } from "@/lib/classifier/schema";
import type { PublishedEvaluation, PublishedReport } from "@/lib/content/evaluation";

export const PUBLISHED_EVALUATION_FILE = "lib/content/classifier-evaluation.json";
/**
 * The labelled development set: a copy of ../shared/classifier/dev-*.jsonl kept in the repository,
 * so the evaluation (and the test that the methodology page shows it) runs from any clone.
 */
export const CLASSIFIER_DEV_DATA_DIR = path.resolve("tests", "fixtures", "classifier");

/** The figures only: per-tool errors stay in `npm run eval:classifier -- --errors`. */
function publishable(report: EvaluationReport): PublishedReport {
  return {
    total: report.total,
    categoryAccuracy: report.categoryAccuracy,
    riskAccuracy: report.riskAccuracy,
    perCategory: report.perCategory,
    confusion: report.confusion,
    dangerousMisses: { count: report.dangerousMisses.count, rate: report.dangerousMisses.rate },
  };
}

export function evaluationToPublish(dir = CLASSIFIER_DEV_DATA_DIR): PublishedEvaluation {
  const labels = loadLabels(path.join(dir, "dev-labels.jsonl"));
  const records = loadToolRecords(path.join(dir, "dev-tools.jsonl"));
  const all = evaluateAll(records, labels);
  return {
    dataset: `${labels.length} labelled tools of ${new Set(labels.map((label) => label.server)).size} npm MCP servers (dev-labels.jsonl)`,
    classifier: `${RULES_CLASSIFIER.name} ${RULES_CLASSIFIER.version}`,
    rules: publishable(all.rules),
    annotationsOnly: publishable(all.annotationsOnly),
    nameKeywords: publishable(all.nameKeywords),
    halves: evaluateHalves(records, labels).map((half) => publishable(half.rules)),
  };
}
