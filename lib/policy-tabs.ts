import { type PolicyFormatTab, policyTabs } from "@/lib/policy/exports";
import { type ClassifiedTool, recommendPolicy } from "@/lib/policy/generate";

/** One format of a policy as the site shows it: a tab with a file to copy or download. */
export type PolicyTab = PolicyFormatTab;
export { policyTabs };

/**
 * The recommended policy for a selection of classified tools, in every format. Exports name the
 * server by its catalogue slug, the key a user is most likely to give it in their client config.
 */
export function policyTabsForTools(tools: readonly ClassifiedTool[]): PolicyTab[] {
  const { policy } = recommendPolicy(tools);
  const servers = [...new Set(tools.map((tool) => tool.server))];
  return policyTabs(policy, servers.length === 1 ? { serverName: servers[0] } : {});
}
