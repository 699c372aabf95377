import { formatPolicy } from "@/lib/policy/format";
import { type ClassifiedTool, recommendPolicy } from "@/lib/policy/generate";
import type { Policy } from "@/lib/policy/schema";

/** One format of a policy as the site shows it: a tab with a file to copy or download. */
export type PolicyTab = { id: string; label: string; filename: string; content: string; notes: string[] };

/** A policy in every format we publish; pure, so the policy builder runs it in the browser too. */
export function policyTabs(policy: Policy): PolicyTab[] {
  return [{ id: "policy", label: "policy.json", filename: "policy.json", content: formatPolicy(policy), notes: [] }];
}

/** The recommended policy for a selection of classified tools, in every format. */
export function policyTabsForTools(tools: readonly ClassifiedTool[]): PolicyTab[] {
  return policyTabs(recommendPolicy(tools).policy);
}
