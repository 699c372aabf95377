import {
  type ExportOptions,
  limitNotes,
  type PolicyExport,
  planServers,
  type ServerPlan,
  toolLabel,
} from "@/lib/policy/exports/plan";
import type { Policy } from "@/lib/policy/schema";

/**
 * ToolHive's Cedar authorizer: an authz config (`--authz-config`) whose `cedar.policies` are
 * `permit`/`forbid` statements over `Action::"call_tool"` and `Tool::"<name>"`. Cedar denies
 * what no `permit` allows, `forbid` beats `permit`, and ToolHive leaves tools a caller may not call
 * out of tools/list.
 *  - default "deny" → one permit per allowed tool; default "allow" → one permit for every tool.
 *  - hidden → forbid (explicit, so a later broad permit cannot bring the tool back).
 *  - ToolHive has no approval step, and these rules do not check arguments: a tool that needs
 *    approval or has conditions is forbidden (never looser than the policy).
 * Notes are Cedar comments (// ...) at the head of the first statement, and in `notes`.
 */
export function exportCedar(policy: Policy, options: ExportOptions = {}): PolicyExport {
  const { plans, notes } = planServers(policy, options);
  const configs = plans.map((plan) => ({ plan, statements: statementsFor(policy, plan) }));
  for (const { plan } of configs) notes.push(...gateNotes(policy, plan));
  notes.push(...limitNotes("ToolHive", policy, plans));
  if (policy.servers)
    notes.push("ToolHive takes one authz config per server: save each server's value as its own file.");
  const comment = [
    "// Toolrisk policy (version 1) for ToolHive (Cedar).",
    ...notes.map((note) => `// Note: ${note}`),
  ].join("\n");
  const rendered = configs.map(({ plan, statements }) => {
    const [first, ...rest] = statements.length ? statements : [forbidAll()];
    return [plan.server, authzConfig([`${comment}\n${first}`, ...rest])] as const;
  });
  const content = policy.servers ? Object.fromEntries(rendered) : rendered[0]?.[1];
  return {
    format: "cedar",
    filename: policy.servers ? "toolhive-authz-configs.json" : "authz-config.json",
    content: `${JSON.stringify(content, null, 2)}\n`,
    notes,
  };
}

function statementsFor(policy: Policy, plan: ServerPlan): string[] {
  const gated = [...plan.approval, ...plan.conditioned].sort();
  if (policy.default === "deny") {
    return [
      ...plan.allowed.map((tool) => statement("permit", tool)),
      ...plan.hidden.map((tool) => statement("forbid", tool)),
    ];
  }
  return [
    'permit(principal, action == Action::"call_tool", resource);',
    ...[...plan.hidden, ...gated].sort().map((tool) => statement("forbid", tool)),
  ];
}

function statement(effect: "permit" | "forbid", tool: string): string {
  return `${effect}(principal, action == Action::"call_tool", resource == Tool::${cedarString(tool)});`;
}

/** With nothing to permit, Cedar already denies; an explicit forbid carries the comments. */
function forbidAll(): string {
  return 'forbid(principal, action == Action::"call_tool", resource);';
}

function authzConfig(policies: string[]) {
  return { version: "1.0", type: "cedarv1", cedar: { policies, entities_json: "[]" } };
}

function gateNotes(policy: Policy, plan: ServerPlan): string[] {
  const label = (tool: string) => toolLabel(policy, plan, tool);
  return [
    ...plan.approval.map(
      (tool) => `"${label(tool)}": ToolHive has no human approval step, so the tool is not permitted here.`,
    ),
    ...plan.conditioned.map(
      (tool) =>
        `"${label(tool)}": its argument conditions are not written as Cedar conditions, so the tool is not permitted here.`,
    ),
  ];
}

/** A Cedar string literal: escape backslash, quote and control characters. */
function cedarString(text: string): string {
  const escaped = [...text]
    .map((char) => {
      if (char === '"' || char === "\\") return `\\${char}`;
      const code = char.codePointAt(0) ?? 0;
      return code < 0x20 ? `\\u{${code.toString(16)}}` : char;
    })
    .join("");
  return `"${escaped}"`;
}
