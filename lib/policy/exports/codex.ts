import { type ExportOptions, limitNotes, type PolicyExport, planServers, toolLabel } from "@/lib/policy/exports/plan";
import type { Policy } from "@/lib/policy/schema";

/**
 * Codex (~/.codex/config.toml): per server, `enabled_tools` (an allow-list: only these are
 * offered) and `disabled_tools` (removed, applied after the allow-list), and per tool
 * `[mcp_servers.<name>.tools.<tool>] approval_mode = "prompt"` for approval.
 *  - default "deny" → enabled_tools lists every allowed tool, so unlisted tools are not offered at
 *    all (stricter than the policy, which keeps them visible and denies their calls).
 *  - hidden → disabled_tools (in both defaults, so hiding survives an edit of enabled_tools).
 *  - argument conditions cannot be written: such a tool gets approval_mode = "prompt".
 */
export function exportCodex(policy: Policy, options: ExportOptions = {}): PolicyExport {
  const { plans, notes } = planServers(policy, options);
  const tables: string[] = [];
  for (const plan of plans) {
    const table = `mcp_servers.${tomlKey(plan.server)}`;
    const enabled = [...plan.allowed, ...plan.approval, ...plan.conditioned].sort();
    const lines = [`[${table}]`];
    if (policy.default === "deny") lines.push(`enabled_tools = ${tomlArray(enabled)}`);
    if (plan.hidden.length) lines.push(`disabled_tools = ${tomlArray(plan.hidden)}`);
    if (policy.default === "deny" && enabled.length === 0) {
      notes.push(`${plan.server}: the policy allows no tool, so enabled_tools is empty and Codex offers none.`);
    }
    tables.push(lines.join("\n"));
    for (const tool of [...plan.approval, ...plan.conditioned].sort()) {
      tables.push(`[${table}.tools.${tomlKey(tool)}]\napproval_mode = "prompt"`);
    }
    for (const tool of plan.conditioned) {
      notes.push(
        `"${toolLabel(policy, plan, tool)}": argument conditions cannot be written in Codex's config; the tool asks for approval (approval_mode = "prompt") so a person checks every call.`,
      );
    }
  }
  notes.push(...limitNotes("Codex", policy, plans));
  if (policy.default === "deny") {
    notes.push(
      "Tools the policy does not list are left out of enabled_tools, so Codex does not offer them at all (the policy keeps them visible and denies their calls).",
    );
  }
  const header = [
    "# Toolrisk policy (version 1) for Codex.",
    "# Merge these keys into the [mcp_servers.<name>] table that starts each server:",
    "# TOML allows a table to be defined only once.",
    ...notes.map((note) => `# Note: ${note}`),
  ];
  return {
    format: "codex",
    filename: "~/.codex/config.toml",
    content: `${[header.join("\n"), ...tables].join("\n\n")}\n`,
    notes,
  };
}

/** A bare TOML key when it can be one, otherwise a quoted key. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key);
}

/** A TOML basic string; JSON's escapes are valid TOML escapes. */
export function tomlString(text: string): string {
  return JSON.stringify(text);
}

function tomlArray(items: readonly string[]): string {
  return `[${items.map(tomlString).join(", ")}]`;
}
