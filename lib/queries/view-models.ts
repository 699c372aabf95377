import { z } from "zod";
import type { CategorySchema, RiskSchema } from "@/lib/taxonomy";
import { ToolAnnotationsSchema } from "@/lib/tool-definition";

/**
 * Shapes the pages read. Rows from the database are JSON of our own making, but JSON columns are
 * still parsed here (reshape at the boundary) so a page never renders a shape it did not expect.
 */
export const EvidenceSchema = z.looseObject({
  source: z.string(),
  field: z.string().optional(),
  text: z.string(),
  signal: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const AnnotationFindingSchema = z.looseObject({
  hint: z.string(),
  declared: z.unknown().optional(),
  kind: z.string(),
  message: z.string(),
});
export type AnnotationFinding = z.infer<typeof AnnotationFindingSchema>;

export type ClassificationView = {
  category: z.infer<typeof CategorySchema>;
  risk: z.infer<typeof RiskSchema>;
  confidence: number;
  rationale: string;
  evidence: Evidence[];
  annotationFindings: AnnotationFinding[];
  classifier: string;
  classifiedAt: Date;
};

export type ToolListItem = {
  serverSlug: string;
  serverName: string;
  name: string;
  title: string | null;
  description: string | null;
  category: z.infer<typeof CategorySchema> | null;
  risk: z.infer<typeof RiskSchema> | null;
  removed: boolean;
};

export function parseList<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function parseAnnotations(value: unknown) {
  const parsed = ToolAnnotationsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function toClassificationView(row: {
  category: z.infer<typeof CategorySchema>;
  risk: z.infer<typeof RiskSchema>;
  confidence: number;
  rationale: string;
  evidence: unknown;
  annotationFindings: unknown;
  classifierName: string;
  classifierVersion: string;
  createdAt: Date;
}): ClassificationView {
  return {
    category: row.category,
    risk: row.risk,
    confidence: row.confidence,
    rationale: row.rationale,
    evidence: parseList(EvidenceSchema, row.evidence),
    annotationFindings: parseList(AnnotationFindingSchema, row.annotationFindings),
    classifier: `${row.classifierName} ${row.classifierVersion}`,
    classifiedAt: row.createdAt,
  };
}
