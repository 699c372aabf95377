import { z } from "zod";
import { compareText, formatPolicy } from "@/lib/policy/format";
import {
  compareStrictness,
  recommendedDecision,
  sameDecision,
  type ToolDecision,
  ToolDecisionSchema,
} from "@/lib/policy/rules";
import { type Condition, ConditionSchema, type Policy, type Section, type ToolRule } from "@/lib/policy/schema";
import { CategorySchema, RiskSchema } from "@/lib/taxonomy";

/** One classified tool, as in the rubric's label files (`*.jsonl`). */
export const ClassifiedToolSchema = z.object({
  server: z.string().min(1),
  tool: z.string().min(1),
  category: CategorySchema,
  risk: RiskSchema,
});
export type ClassifiedTool = z.infer<typeof ClassifiedToolSchema>;

/** A choice made in the policy builder; it replaces the recommendation for that tool. */
export const ToolOverrideSchema = z.strictObject({
  server: z.string().min(1),
  tool: z.string().min(1),
  decision: ToolDecisionSchema,
  conditions: z.array(ConditionSchema).optional(),
});
export type ToolOverride = z.infer<typeof ToolOverrideSchema>;

export type RecommendOptions = {
  overrides?: readonly ToolOverride[];
  /** "auto" (default): single-server form when every tool comes from one server. */
  form?: "auto" | "single" | "multi";
};

/** The same tool given more than once with different decisions; the stricter one was kept. */
export type MergeConflict = { server: string; tool: string; decisions: ToolDecision[]; kept: ToolDecision };

export type Recommendation = { policy: Policy; text: string; conflicts: MergeConflict[] };

type Entry = {
  decision: ToolDecision;
  conditions: Condition[] | undefined;
  seen: ToolDecision[];
  fromOverride: boolean;
};

/**
 * The rubric's recommended policy for any selection of classified tools: one tool, a whole server,
 * or tools across servers. Deny by default. A tool given twice (two classifications, or the same
 * tool in two merged selections) is a conflict when the decisions differ: the stricter one wins
 * (see compareStrictness) and the conflict is reported. An override replaces the classification of
 * its tool outright, since it is a person's explicit choice; two overrides of one tool merge like
 * classifications. Pure and stable: the same input gives the same bytes, whatever its order.
 */
export function recommendPolicy(tools: readonly ClassifiedTool[], options: RecommendOptions = {}): Recommendation {
  const entries = new Map<string, Map<string, Entry>>();
  const conflicts: MergeConflict[] = [];
  const put = (server: string, tool: string, decision: ToolDecision, conditions?: Condition[], override = false) => {
    const byTool = entries.get(server) ?? new Map<string, Entry>();
    entries.set(server, byTool);
    const current = byTool.get(tool);
    if (!current || (override && !current.fromOverride)) {
      byTool.set(tool, { decision, conditions, seen: [decision], fromOverride: override });
      return;
    }
    current.seen.push(decision);
    if (compareStrictness(decision, current.decision) > 0) {
      current.decision = decision;
      current.conditions = conditions;
    }
  };
  for (const { server, tool, category, risk } of tools) put(server, tool, recommendedDecision(category, risk));
  for (const { server, tool, decision, conditions } of options.overrides ?? []) {
    put(server, tool, decision, conditions, true);
  }

  const servers = [...entries.keys()].sort(compareText);
  const sections: Record<string, Section> = {};
  for (const server of servers) {
    const byTool = entries.get(server) ?? new Map<string, Entry>();
    const names = [...byTool.keys()].sort(compareText);
    for (const tool of names) {
      const entry = byTool.get(tool);
      if (entry?.seen.some((d) => !sameDecision(d, entry.seen[0] ?? d))) {
        conflicts.push({ server, tool, decisions: entry.seen, kept: entry.decision });
      }
    }
    sections[server] = sectionFromDecisions(names.map((tool) => [tool, byTool.get(tool)] as const));
  }

  const multi = options.form === "multi" || (options.form !== "single" && servers.length > 1);
  if (options.form === "single" && servers.length > 1) {
    throw new Error(`the single-server form cannot hold tools of ${servers.length} servers (${servers.join(", ")})`);
  }
  const policy: Policy = multi
    ? { version: "1", default: "deny", servers: sections }
    : { version: "1", default: "deny", ...(sections[servers[0] ?? ""] ?? {}) };
  return { policy, text: formatPolicy(policy), conflicts };
}

function sectionFromDecisions(decisions: readonly (readonly [string, Entry | undefined])[]): Section {
  const hide: string[] = [];
  const tools: Record<string, ToolRule> = {};
  const counters = new Set<string>();
  for (const [tool, entry] of decisions) {
    if (!entry) continue;
    const { decision, conditions } = entry;
    const withConditions = conditions?.length ? { conditions } : {};
    switch (decision.kind) {
      case "hide":
        hide.push(tool);
        break;
      case "deny":
        break;
      case "allow":
        tools[tool] = { ...withConditions };
        break;
      case "approval":
        tools[tool] = { approval: "required", ...withConditions };
        break;
      case "limit": {
        const counter = uniqueCounterName(tool, counters);
        tools[tool] = {
          limits: [{ counter, window: decision.window, max: decision.max, scope: "grant" }],
          ...withConditions,
        };
        break;
      }
    }
  }
  return { ...(hide.length ? { hide } : {}), ...(Object.keys(tools).length ? { tools } : {}) };
}

/**
 * `<tool>_rate`, as on the seed pages. Characters a counter name cannot hold become "_", and a
 * name already taken in this server gets a numeric suffix (tools are visited in sorted order, so
 * the result is stable).
 */
function uniqueCounterName(tool: string, taken: Set<string>): string {
  const base = `${tool.replace(/[^A-Za-z0-9_.:-]/g, "_").slice(0, 120)}_rate`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
