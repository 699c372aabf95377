import { z } from "zod";
import { WINDOW_MS, WindowSchema } from "@/lib/policy/schema";
import { type Category, RISKS, type Risk, riskRank } from "@/lib/taxonomy";

/**
 * What a policy does with one tool, before it is written as policy.json. The policy builder
 * offers exactly these choices, so overrides use the same type.
 *  - allow: listed, no limit.       - limit: listed, at most `max` calls per `window`.
 *  - approval: listed, every call waits for a person.
 *  - deny: not listed (visible, every call denied under default "deny").
 *  - hide: in `hide` (removed from the tool list, every call denied).
 */
export const ToolDecisionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("allow") }),
  z.strictObject({
    kind: z.literal("limit"),
    max: z.number().int().positive(),
    window: WindowSchema,
  }),
  z.strictObject({ kind: z.literal("approval") }),
  z.strictObject({ kind: z.literal("deny") }),
  z.strictObject({ kind: z.literal("hide") }),
]);
export type ToolDecision = z.infer<typeof ToolDecisionSchema>;

/** The lowest risk each category can have under the rubric (its base level). */
const BASE_RISK: Record<Category, Risk> = {
  Read: "Low",
  Write: "Medium",
  Execute: "High",
  Destructive: "Critical",
  Financial: "Critical",
};

/**
 * The rubric's "Recommended policy" table (shared/classifier/RUBRIC.md):
 *   Read/Low allow · Read/Medium, Write/Medium 30 per minute · Write/High, Execute/High 10 per minute ·
 *   Execute/Critical, Financial/Critical approval · Destructive/Critical hide.
 * A pair outside the table (say Write/Low, which the rubric never assigns) is first raised to its
 * category's base risk, so it is never treated more leniently than its category; the rule then
 * follows the risk level: Low allow, Medium 30/min, High 10/min, Critical approval. Every
 * Destructive tool is hidden.
 */
export function recommendedDecision(category: Category, risk: Risk): ToolDecision {
  if (category === "Destructive") return { kind: "hide" };
  const effective = RISKS[Math.max(riskRank(risk), riskRank(BASE_RISK[category]))] ?? "Critical";
  switch (effective) {
    case "Low":
      return { kind: "allow" };
    case "Medium":
      return { kind: "limit", max: 30, window: "minute" };
    case "High":
      return { kind: "limit", max: 10, window: "minute" };
    case "Critical":
      return { kind: "approval" };
  }
}

/**
 * How strict a decision is, for merging: hide > deny > approval > limit > allow. Two limits
 * compare by their rate (calls per millisecond); the lower rate is stricter, and at an equal rate
 * the shorter window is stricter (it allows smaller bursts).
 */
export function compareStrictness(a: ToolDecision, b: ToolDecision): number {
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0 || a.kind !== "limit" || b.kind !== "limit") return rank;
  const rate = b.max / WINDOW_MS[b.window] - a.max / WINDOW_MS[a.window];
  if (rate !== 0) return Math.sign(rate);
  return Math.sign(WINDOW_MS[b.window] - WINDOW_MS[a.window]);
}

const KIND_RANK: Record<ToolDecision["kind"], number> = { allow: 0, limit: 1, approval: 2, deny: 3, hide: 4 };

export function stricterDecision(a: ToolDecision, b: ToolDecision): ToolDecision {
  return compareStrictness(a, b) >= 0 ? a : b;
}

export function describeDecision(decision: ToolDecision): string {
  switch (decision.kind) {
    case "allow":
      return "allow";
    case "limit":
      return `allow, at most ${decision.max} per ${decision.window}`;
    case "approval":
      return "require human approval";
    case "deny":
      return "deny";
    case "hide":
      return "hide (removed from the tool list, every call denied)";
  }
}

export function sameDecision(a: ToolDecision, b: ToolDecision): boolean {
  return compareStrictness(a, b) === 0 && compareStrictness(b, a) === 0;
}
