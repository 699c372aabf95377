import type { PolicyTab } from "@/components/policy/policy-tabs";
import { type ClassifiedTool, recommendPolicy } from "@/lib/policy/generate";

/** The recommended policy for a selection of classified tools, in every format we publish. */
export function policyTabsForTools(tools: readonly ClassifiedTool[]): PolicyTab[] {
  const { text } = recommendPolicy(tools);
  return [{ id: "policy", label: "policy.json", filename: "policy.json", content: text, notes: [] }];
}
