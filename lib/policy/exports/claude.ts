import { type ExportOptions, limitNotes, type PolicyExport, planServers } from "@/lib/policy/exports/plan";
import { compareText } from "@/lib/policy/format";
import type { Policy } from "@/lib/policy/schema";

/**
 * Claude Code settings (.claude/settings.json): `permissions.allow`, `ask` and `deny` rules naming
 * MCP tools as `mcp__<server>__<tool>`. Claude Code checks deny, then ask, then allow.
 *  - hidden → deny; listed → allow; approval → ask.
 *  - argument conditions cannot be written, so such a tool goes to `ask`: a person checks each
 *    call's arguments (never looser than the policy).
 *  - default "deny" needs the server's tool list: each unlisted tool is then denied by name. A
 *    server-wide `mcp__<server>` deny would also beat the allow rules, so it cannot stand in.
 */
export function exportClaude(policy: Policy, options: ExportOptions = {}): PolicyExport {
  const { plans, notes } = planServers(policy, options);
  const allow: string[] = [];
  const ask: string[] = [];
  const deny: string[] = [];
  for (const plan of plans) {
    const rule = (tool: string) => `mcp__${plan.server}__${tool}`;
    deny.push(...plan.hidden.map(rule));
    allow.push(...plan.allowed.map(rule));
    ask.push(...plan.approval.map(rule), ...plan.conditioned.map(rule));
    (policy.default === "deny" ? deny : allow).push(...plan.unlisted.map(rule));
    for (const tool of plan.conditioned) {
      notes.push(
        `"${rule(tool)}": argument conditions cannot be written as Claude Code permission rules; the tool is in "ask", so a person checks every call.`,
      );
    }
  }
  notes.push(...limitNotes("Claude Code", policy, plans));
  if (!options.knownTools) {
    notes.push(
      policy.default === "deny"
        ? "default \"deny\": without the server's tool list, tools this policy does not name fall to Claude Code's permission prompt (it asks) instead of being denied."
        : "default \"allow\": without the server's tool list, tools this policy does not name fall to Claude Code's permission prompt (it asks) instead of being allowed.",
    );
  }
  const permissions = {
    allow: sorted(allow),
    ask: sorted(ask),
    deny: sorted(deny),
  };
  return {
    format: "claude",
    filename: ".claude/settings.json",
    content: `${JSON.stringify({ permissions }, null, 2)}\n`,
    notes,
  };
}

function sorted(rules: string[]): string[] {
  return [...new Set(rules)].sort(compareText);
}
