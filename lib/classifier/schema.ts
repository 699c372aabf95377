import { z } from "zod";
import { CategorySchema, RiskSchema } from "@/lib/taxonomy";

/** Which part of a tool's definition (or its server) a piece of evidence was read from. */
export const EvidenceSourceSchema = z.enum(["name", "title", "description", "inputSchema", "annotations", "server"]);
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

/** One observation behind a classification: the exact words and what they indicated. */
export const EvidenceSchema = z.object({
  source: EvidenceSourceSchema,
  /** Where in the source: "name", "inputSchema.properties.action.enum", "description"... */
  path: z.string(),
  /** The exact words as the definition has them. */
  text: z.string(),
  /** What they indicated, in plain words. */
  signal: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const AnnotationHintSchema = z.enum(["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"]);
export type AnnotationHint = z.infer<typeof AnnotationHintSchema>;

/** How a declared (or assumed) annotation compares with our own reading of the tool. */
export const AnnotationFindingSchema = z.object({
  hint: AnnotationHintSchema,
  declared: z.boolean().nullable(),
  ours: z.boolean().nullable(),
  kind: z.enum(["contradiction", "overstatement", "agreement", "default-assumed"]),
  message: z.string(),
});
export type AnnotationFinding = z.infer<typeof AnnotationFindingSchema>;

export const ClassifierIdSchema = z.object({ name: z.string(), version: z.string() });
export type ClassifierId = z.infer<typeof ClassifierIdSchema>;

export const ClassificationSchema = z.object({
  category: CategorySchema,
  risk: RiskSchema,
  confidence: z.number().min(0).max(1),
  rationale: z.string().min(1),
  evidence: z.array(EvidenceSchema),
  annotationFindings: z.array(AnnotationFindingSchema),
  classifier: ClassifierIdSchema,
  /** Set when a model was asked but its answer could not be used, so the rules result stands. */
  fallbackReason: z.string().optional(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** Bump the version whenever a rule changes: stored classifications of older versions are redone. */
export const RULES_CLASSIFIER: ClassifierId = { name: "toolrisk-rules", version: "1.1.0" };
