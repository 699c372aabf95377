import { type PolicyFormatTab, policyTabs } from "@/lib/policy/exports";
import { type ClassifiedTool, type Recommendation, recommendPolicy } from "@/lib/policy/generate";

/** One format of a policy as the site shows it: a tab with a file to copy or download. */
export type PolicyTab = PolicyFormatTab;
export { policyTabs };

/**
 * The recommended policy for a selection of classified tools, and the same policy in every format.
 * Exports name a single server by its catalogue slug, the key a user most likely gives it in their
 * client config; a multi-server policy names each by its `servers` key.
 */
export function recommendedPolicyTabs(tools: readonly ClassifiedTool[]): {
  recommendation: Recommendation;
  tabs: PolicyTab[];
} {
  const recommendation = recommendPolicy(tools);
  const servers = [...new Set(tools.map((tool) => tool.server))];
  const tabs = policyTabs(recommendation.policy, servers.length === 1 ? { serverName: servers[0] } : {});
  return { recommendation, tabs };
}

export function policyTabsForTools(tools: readonly ClassifiedTool[]): PolicyTab[] {
  return recommendedPolicyTabs(tools).tabs;
}
