import { z } from "zod";
import { CATEGORIES, type Category, CategorySchema, type Risk, RiskSchema } from "@/lib/taxonomy";

export const LabelSchema = z.object({
  server: z.string(),
  tool: z.string(),
  category: CategorySchema,
  risk: RiskSchema,
  why: z.string().optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export type Prediction = { server: string; tool: string; category: Category; risk: Risk };

export type EvaluationReport = {
  total: number;
  categoryAccuracy: number;
  riskAccuracy: number;
  perCategory: { category: Category; precision: number; recall: number; support: number }[];
  /** confusion[labelled][predicted] = count */
  confusion: Record<Category, Record<Category, number>>;
  dangerousMisses: { count: number; rate: number; tools: string[] };
  errors: { server: string; tool: string; labelled: string; predicted: string; why?: string }[];
};

const DANGEROUS: ReadonlySet<Category> = new Set(["Destructive", "Financial", "Execute"]);
const HARMLESS: ReadonlySet<Category> = new Set(["Read", "Write"]);

export function labelKey(server: string, tool: string): string {
  return `${server}\u0000${tool}`;
}

/** Scores predictions against labels; tools without a prediction count as wrong. */
export function evaluate(labels: Label[], predictions: Prediction[]): EvaluationReport {
  const predicted = new Map(predictions.map((p) => [labelKey(p.server, p.tool), p]));
  const confusion = emptyConfusion();
  let categoryHits = 0;
  let riskHits = 0;
  const dangerous: string[] = [];
  const errors: EvaluationReport["errors"] = [];
  for (const label of labels) {
    const guess = predicted.get(labelKey(label.server, label.tool));
    if (!guess) {
      errors.push({
        server: label.server,
        tool: label.tool,
        labelled: `${label.category}/${label.risk}`,
        predicted: "none",
      });
      continue;
    }
    confusion[label.category][guess.category]++;
    if (guess.category === label.category) categoryHits++;
    if (guess.risk === label.risk) riskHits++;
    if (DANGEROUS.has(label.category) && HARMLESS.has(guess.category)) dangerous.push(`${label.server}:${label.tool}`);
    if (guess.category !== label.category || guess.risk !== label.risk) {
      errors.push({
        server: label.server,
        tool: label.tool,
        labelled: `${label.category}/${label.risk}`,
        predicted: `${guess.category}/${guess.risk}`,
        why: label.why,
      });
    }
  }
  const total = labels.length;
  return {
    total,
    categoryAccuracy: ratio(categoryHits, total),
    riskAccuracy: ratio(riskHits, total),
    perCategory: CATEGORIES.map((category) => {
      const truePositives = confusion[category][category];
      const predictedCount = CATEGORIES.reduce((sum, actual) => sum + confusion[actual][category], 0);
      const support = CATEGORIES.reduce((sum, guess) => sum + confusion[category][guess], 0);
      return {
        category,
        precision: ratio(truePositives, predictedCount),
        recall: ratio(truePositives, support),
        support,
      };
    }),
    confusion,
    dangerousMisses: { count: dangerous.length, rate: ratio(dangerous.length, total), tools: dangerous },
    errors,
  };
}

function emptyConfusion(): Record<Category, Record<Category, number>> {
  const row = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  return Object.fromEntries(CATEGORIES.map((c) => [c, row()])) as Record<Category, Record<Category, number>>;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
