import { CATEGORIES } from "@/lib/taxonomy";
import type { EvaluationReport } from "./evaluate";

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** A plain-text report of one classifier's scores, for the terminal. */
export function formatReport(title: string, report: EvaluationReport, options: { details: boolean }): string {
  const lines = [
    `== ${title} (${report.total} tools)`,
    `category accuracy ${pct(report.categoryAccuracy)}   risk accuracy ${pct(report.riskAccuracy)}   ` +
      `dangerous misses ${report.dangerousMisses.count} (${pct(report.dangerousMisses.rate)})`,
  ];
  if (!options.details) return lines.join("\n");
  lines.push("", "category      precision  recall  support");
  for (const row of report.perCategory) {
    lines.push(
      `${row.category.padEnd(12)}  ${pct(row.precision).padStart(9)}  ${pct(row.recall).padStart(6)}  ${String(row.support).padStart(7)}`,
    );
  }
  lines.push(
    "",
    `confusion (rows labelled, columns predicted)`,
    `${"".padEnd(12)}${CATEGORIES.map((c) => c.slice(0, 5).padStart(7)).join("")}`,
  );
  for (const actual of CATEGORIES) {
    lines.push(
      `${actual.padEnd(12)}${CATEGORIES.map((guess) => String(report.confusion[actual][guess]).padStart(7)).join("")}`,
    );
  }
  if (report.dangerousMisses.tools.length > 0)
    lines.push("", `dangerous misses: ${report.dangerousMisses.tools.join(", ")}`);
  return lines.join("\n");
}

export function formatErrors(report: EvaluationReport): string {
  return report.errors
    .map((e) => `${e.server}:${e.tool}  labelled ${e.labelled}  predicted ${e.predicted}${e.why ? `  (${e.why})` : ""}`)
    .join("\n");
}
