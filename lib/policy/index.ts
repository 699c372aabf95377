/**
 * lib/policy: policy.json version 1, pure functions only (no database, no file system), so pages,
 * route handlers, client components and scripts can all use them.
 */
export { type CallIdentity, type CounterStore, InMemoryCounterStore } from "@/lib/policy/counters";
export { type DocExample, type DocSection, type ExportDoc, POLICY_DOCS, type PolicyDocs } from "@/lib/policy/docs";
export { type CallDecision, evaluateCall, type ToolCall, visibleTools } from "@/lib/policy/evaluate";
export {
  EXPORT_FORMATS,
  EXPORT_LABELS,
  type ExportFormat,
  type ExportOptions,
  exportPolicy,
  type PolicyExport,
  type PolicyFormatTab,
  policyTabs,
} from "@/lib/policy/exports";
export { canonicalPolicy, formatPolicy } from "@/lib/policy/format";
export {
  type ClassifiedTool,
  ClassifiedToolSchema,
  type MergeConflict,
  type Recommendation,
  type RecommendOptions,
  recommendPolicy,
  type ToolOverride,
  ToolOverrideSchema,
} from "@/lib/policy/generate";
export { POLICY_SCHEMA_PATH, policyJsonSchema } from "@/lib/policy/json-schema";
export { describeDecision, recommendedDecision, type ToolDecision, ToolDecisionSchema } from "@/lib/policy/rules";
export {
  type Condition,
  type Limit,
  type Policy,
  PolicySchema,
  SCOPES,
  type Scope,
  type ToolRule,
  WINDOWS,
  type Window,
} from "@/lib/policy/schema";
export {
  type KnownTools,
  type PolicyProblem,
  type PolicyValidation,
  type Severity,
  validatePolicy,
  validatePolicyText,
} from "@/lib/policy/validate";
