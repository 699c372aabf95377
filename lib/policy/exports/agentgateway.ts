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
 * agentgateway: an `mcpAuthorization` route policy whose `rules` are CEL expressions over
 * `mcp.tool.name` (and `mcp.tool.target`, the backend target, in a multi-server policy). A call
 * is allowed when any rule matches; tools no rule allows are also left out of tools/list.
 *  - agentgateway has no human approval and sees no tool arguments in these rules, so a tool that
 *    needs approval or has conditions gets no rule: it is denied (never looser than the policy).
 *  - hidden tools and, under default "deny", unlisted tools get no rule either.
 */
export function exportAgentgateway(policy: Policy, options: ExportOptions = {}): PolicyExport {
  const { plans, notes } = planServers(policy, options);
  const multi = policy.servers !== undefined;
  const rules: string[] = [];
  for (const plan of plans) {
    const onTarget = multi ? `mcp.tool.target == ${celString(plan.server)}` : undefined;
    const both = (test: string) => (onTarget ? `${onTarget} && ${test}` : test);
    if (policy.default === "deny") {
      rules.push(...plan.allowed.map((tool) => both(`mcp.tool.name == ${celString(tool)}`)));
    } else {
      const blocked = [...plan.hidden, ...plan.approval, ...plan.conditioned].sort();
      rules.push(blocked.length ? both(`!(mcp.tool.name in ${celList(blocked)})`) : (onTarget ?? "true"));
    }
    notes.push(...gateNotes(policy, plan));
  }
  if (multi && policy.default === "allow") {
    // Servers the policy does not name are allowed whole under default "allow".
    rules.push(`!(mcp.tool.target in ${celList(plans.map((plan) => plan.server))})`);
  }
  if (multi)
    notes.push(
      "Server names are used as agentgateway target names (mcp.tool.target); rename them if your targets differ.",
    );
  notes.push(...limitNotes("agentgateway", policy, plans));
  // No rule would leave the policy empty; "false" makes "allow nothing" explicit.
  const written = rules.length ? rules : ["false"];
  const lines = [
    "# Toolrisk policy (version 1) for agentgateway.",
    "# Put mcpAuthorization under the route's policies (binds[].listeners[].routes[].policies).",
    "# A call is allowed only when one of the rules matches.",
    ...notes.map((note) => `# Note: ${note}`),
    "mcpAuthorization:",
    "  rules:",
    ...written.map((rule) => `  - ${yamlSingleQuoted(rule)}`),
  ];
  return {
    format: "agentgateway",
    filename: "agentgateway-mcp-authorization.yaml",
    content: `${lines.join("\n")}\n`,
    notes,
  };
}

function gateNotes(policy: Policy, plan: ServerPlan): string[] {
  const label = (tool: string) => toolLabel(policy, plan, tool);
  return [
    ...plan.approval.map(
      (tool) =>
        `"${label(tool)}": agentgateway cannot ask a person for approval, so the tool is denied here; allow it in a client that asks.`,
    ),
    ...plan.conditioned.map(
      (tool) =>
        `"${label(tool)}": its argument conditions cannot be written as agentgateway authorization rules, so the tool is denied here.`,
    ),
  ];
}

/** A CEL string literal; JSON's escapes are valid in CEL. */
function celString(text: string): string {
  return JSON.stringify(text);
}

function celList(items: readonly string[]): string {
  return `[${items.map(celString).join(", ")}]`;
}

/** A YAML single-quoted scalar: the only escape is '' for '. */
function yamlSingleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
