import { compareText } from "@/lib/policy/format";
import type { Limit, Policy } from "@/lib/policy/schema";
import { sectionsOf } from "@/lib/policy/sections";
import type { KnownTools } from "@/lib/policy/validate";

export const EXPORT_FORMATS = ["claude", "codex", "agentgateway", "cedar"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One export of a policy: the file to write, and everything the target could not express. */
export type PolicyExport = { format: ExportFormat; filename: string; content: string; notes: string[] };

export type ExportOptions = {
  /**
   * The name the client or gateway knows a single-server policy's server by (the key under
   * mcpServers, mcp_servers or the gateway target). A multi-server policy uses its `servers` keys.
   */
  serverName?: string;
  /** The server's tools, so exports can name each tool that default "deny" or "allow" covers. */
  knownTools?: KnownTools;
};

export const PLACEHOLDER_SERVER = "SERVER_NAME";

/** A server's tools sorted by what an export has to do with them. */
export type ServerPlan = {
  server: string;
  hidden: string[];
  /** Listed with no approval and no conditions (limits may apply). */
  allowed: string[];
  /** Listed with approval required (and no conditions). */
  approval: string[];
  /** Listed with argument conditions (with or without approval). */
  conditioned: string[];
  /** Known tools the policy does not mention: `default` decides them. Empty without knownTools. */
  unlisted: string[];
  limits: { tool: string; limits: Limit[] }[];
  allToolsLimits: Limit[];
};

export function planServers(policy: Policy, options: ExportOptions): { plans: ServerPlan[]; notes: string[] } {
  const notes: string[] = [];
  if (!policy.servers && !options.serverName) {
    notes.push(
      `No server name was given: replace ${PLACEHOLDER_SERVER} with the name your client uses for this server.`,
    );
  }
  const plans = sectionsOf(policy).map(({ server, section }) => {
    const name = server ?? options.serverName ?? PLACEHOLDER_SERVER;
    const tools = section.tools ?? {};
    const hidden = [...new Set(section.hide ?? [])].sort(compareText);
    const listed = Object.keys(tools)
      .filter((tool) => !hidden.includes(tool))
      .sort(compareText);
    const known = knownFor(options.knownTools, server);
    return {
      server: name,
      hidden,
      allowed: listed.filter((tool) => !tools[tool]?.approval && !tools[tool]?.conditions?.length),
      approval: listed.filter((tool) => tools[tool]?.approval && !tools[tool]?.conditions?.length),
      conditioned: listed.filter((tool) => tools[tool]?.conditions?.length),
      unlisted: known.filter((tool) => !hidden.includes(tool) && !listed.includes(tool)).sort(compareText),
      limits: listed.flatMap((tool) =>
        tools[tool]?.limits?.length ? [{ tool, limits: tools[tool]?.limits ?? [] }] : [],
      ),
      allToolsLimits: section.all_tools?.limits ?? [],
    };
  });
  return { plans, notes };
}

function knownFor(knownTools: KnownTools | undefined, server: string | undefined): readonly string[] {
  if (!knownTools) return [];
  if (Array.isArray(knownTools)) return knownTools;
  const byServer = knownTools as Readonly<Record<string, readonly string[]>>;
  return server === undefined ? [] : (byServer[server] ?? []);
}

export function describeLimits(limits: readonly Limit[]): string {
  return limits.map((l) => `at most ${l.max} per ${l.window} (counter ${l.counter}, scope ${l.scope})`).join(" and ");
}

/** How a note names a tool: "server/tool" when the policy spans servers, the bare name otherwise. */
export function toolLabel(policy: Policy, plan: ServerPlan, tool: string): string {
  return policy.servers ? `${plan.server}/${tool}` : tool;
}

/**
 * The notes every export shares: limits, since none of the four targets counts calls per tool.
 * Tools with the same limit are named in one note, so a whole server gives a few notes, not one
 * per tool.
 */
export function limitNotes(target: string, policy: Policy, plans: readonly ServerPlan[]): string[] {
  const groups = new Map<string, string[]>();
  for (const plan of plans) {
    for (const { tool, limits } of plan.limits) {
      const setting = limits.map((l) => `at most ${l.max} per ${l.window} (scope ${l.scope})`).join(" and ");
      const label = toolLabel(policy, plan, tool);
      groups.set(setting, [...(groups.get(setting) ?? []), `"${label}"`]);
    }
  }
  const notes = [...groups].map(
    ([setting, tools]) =>
      `${tools.join(", ")}: ${setting} is not enforced — ${target} has no per-tool rate limits; ${tools.length === 1 ? "the tool is" : "these tools are"} allowed without a cap.`,
  );
  for (const plan of plans) {
    if (plan.allToolsLimits.length) {
      notes.push(`all_tools of ${plan.server}: ${describeLimits(plan.allToolsLimits)} is not enforced by ${target}.`);
    }
  }
  if (policy.servers && policy.all_tools?.limits.length) {
    notes.push(`all_tools across servers: ${describeLimits(policy.all_tools.limits)} is not enforced by ${target}.`);
  }
  return notes;
}
