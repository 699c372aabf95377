import { z } from "zod";
import published from "@/lib/content/classifier-evaluation.json";
import { CategorySchema } from "@/lib/taxonomy";

/**
 * The classifier's measured quality, as `npm run eval:classifier:publish` last wrote it. The site
 * shows these figures rather than computing them, since the labelled data is not deployed with it;
 * a test fails when they no longer match the classifier.
 */
const ReportSchema = z.object({
  total: z.number(),
  categoryAccuracy: z.number(),
  riskAccuracy: z.number(),
  perCategory: z.array(
    z.object({ category: CategorySchema, precision: z.number(), recall: z.number(), support: z.number() }),
  ),
  confusion: z.record(CategorySchema, z.record(CategorySchema, z.number())),
  dangerousMisses: z.object({ count: z.number(), rate: z.number() }),
});
export type PublishedReport = z.infer<typeof ReportSchema>;

export const PublishedEvaluationSchema = z.object({
  dataset: z.string(),
  classifier: z.string(),
  rules: ReportSchema,
  annotationsOnly: ReportSchema,
  nameKeywords: ReportSchema,
  halves: z.array(ReportSchema),
});
export type PublishedEvaluation = z.infer<typeof PublishedEvaluationSchema>;

export const classifierEvaluation: PublishedEvaluation = PublishedEvaluationSchema.parse(published);
