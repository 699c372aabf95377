import { z } from "zod";

/** The rubric's categories, in precedence order: when a tool fits several, the first wins. */
export const CATEGORIES = ["Financial", "Destructive", "Execute", "Write", "Read"] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** Risk levels from least to most severe. */
export const RISKS = ["Low", "Medium", "High", "Critical"] as const;
export const RiskSchema = z.enum(RISKS);
export type Risk = z.infer<typeof RiskSchema>;

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

export function categoryRank(category: Category): number {
  return CATEGORIES.indexOf(category);
}

/** URL-safe forms, used by /categories/[category] and /risks/[risk]. */
export function categorySlug(category: Category): string {
  return category.toLowerCase();
}
export function categoryFromSlug(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.toLowerCase() === slug.toLowerCase());
}
export function riskSlug(risk: Risk): string {
  return risk.toLowerCase();
}
export function riskFromSlug(slug: string): Risk | undefined {
  return RISKS.find((r) => r.toLowerCase() === slug.toLowerCase());
}
