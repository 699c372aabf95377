import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { compareAnnotations } from "./annotations";
import { decideCategory } from "./decide-category";
import { writeRationale } from "./rationale";
import { decideRisk } from "./risk";
import { type Classification, RULES_CLASSIFIER } from "./schema";
import { readSignals } from "./signals";

/**
 * The rules classifier: pure and deterministic, no network. Reads the tool's name, description,
 * schema, annotations and sibling tools, and applies the rubric (lib/classifier/RUBRIC.md).
 */
export function classifyTool(tool: ToolDefinition, server: ServerContext): Classification {
  const signals = readSignals(tool, server);
  const decision = decideCategory(signals);
  // Annotations are never used to decide: only compared with the result, below.
  const annotations = tool.annotations;

  const { risk, adjustment } = decideRisk(decision.category, signals);
  const annotationFindings = compareAnnotations(annotations, decision.category);
  const contradicted = annotationFindings.some((finding) => finding.kind === "contradiction");
  const agreedReadOnly = annotationFindings.some((f) => f.hint === "readOnlyHint" && f.kind === "agreement");
  const confidence = clamp(decision.confidence + (contradicted ? -0.1 : 0) + (agreedReadOnly ? 0.04 : 0));

  const allEvidence = adjustment ? [...decision.evidence, adjustment] : decision.evidence;
  return {
    category: decision.category,
    risk,
    confidence,
    rationale: writeRationale({
      toolName: tool.name,
      category: decision.category,
      risk,
      evidence: decision.evidence,
      riskAdjustment: adjustment,
      findings: annotationFindings,
    }),
    evidence: allEvidence,
    annotationFindings,
    classifier: RULES_CLASSIFIER,
  };
}

function clamp(value: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}
