import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ToolDefinition } from "@/lib/tool-definition";
import { classifyByAnnotations, classifyByNameKeywords, type Verdict } from "./baselines";
import { batchItems } from "./batch";
import { classifyTool } from "./classify";
import { type EvaluationReport, evaluate, type Label, LabelSchema, type Prediction } from "./evaluate";
import { parseToolRecords, type ToolRecord } from "./tool-records";

export function loadLabels(path: string): Label[] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = LabelSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path} line ${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid label"}`);
      return parsed.data;
    });
}

export function loadToolRecords(path: string): ToolRecord[] {
  const { records, errors } = parseToolRecords(readFileSync(path, "utf8"));
  if (errors.length > 0) throw new Error(`${path} line ${errors[0]?.line}: ${errors[0]?.message}`);
  return records;
}

export type Evaluations = {
  rules: EvaluationReport;
  annotationsOnly: EvaluationReport;
  nameKeywords: EvaluationReport;
};

/** Scores the rules classifier and both baselines on the same labelled tools. */
export function evaluateAll(records: ToolRecord[], labels: Label[]): Evaluations {
  const items = batchItems(records);
  const predict = (verdict: (tool: ToolDefinition, i: number) => Verdict): Prediction[] =>
    items.map((item, i) => ({
      server: item.record.server,
      tool: item.record.definition.name,
      ...verdict(item.record.definition, i),
    }));
  return {
    rules: evaluate(
      labels,
      predict((tool, i) => classifyTool(tool, (items[i] as (typeof items)[number]).server)),
    ),
    annotationsOnly: evaluate(labels, predict(classifyByAnnotations)),
    nameKeywords: evaluate(labels, predict(classifyByNameKeywords)),
  };
}

/**
 * Grouped cross-check: servers are split into two halves by a hash of their name (never by tool),
 * so that each half is scored on servers as a whole, the way unseen servers will be.
 */
export function serverHalf(server: string): 0 | 1 {
  const first = createHash("sha256").update(server).digest()[0] ?? 0;
  return (first % 2) as 0 | 1;
}

export function evaluateHalves(records: ToolRecord[], labels: Label[]): [Evaluations, Evaluations] {
  const half = (h: 0 | 1) =>
    evaluateAll(
      records.filter((r) => serverHalf(r.server) === h),
      labels.filter((l) => serverHalf(l.server) === h),
    );
  return [half(0), half(1)];
}
