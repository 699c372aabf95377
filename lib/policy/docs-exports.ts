import type { ExportFormat } from "@/lib/policy/exports/plan";

/** What each export can and cannot say; the same limits the exporters write as notes. */
export type ExportDoc = {
  format: ExportFormat;
  label: string;
  filename: string;
  howToUse: string;
  expresses: string[];
  cannotExpress: string[];
};

const NO_RATE_LIMITS =
  "Rate limits (tool limits and all_tools): not enforced; the tool is allowed without a cap, and a note says so.";

export const EXPORT_DOCS: ExportDoc[] = [
  {
    format: "claude",
    label: "Claude Code",
    filename: ".claude/settings.json",
    howToUse:
      "Merge `permissions.allow`, `ask` and `deny` into your settings. Rules name tools as `mcp__<server>__<tool>`, with the server name as configured in Claude Code.",
    expresses: [
      "hide → `deny`: every call is refused. (Whether the tool also leaves the model's tool list is up to Claude Code.)",
      "Listed tools → `allow`; approval → `ask`.",
      "Default deny → each tool the policy does not name is denied by name, when the server's tool list is given.",
    ],
    cannotExpress: [
      NO_RATE_LIMITS,
      "Argument conditions: the tool goes to `ask`, so a person checks each call's arguments.",
      "Deny by default without the tool list: unnamed tools fall to Claude Code's permission prompt. A server-wide `mcp__<server>` deny would also beat the allow rules, so it cannot stand in.",
    ],
  },
  {
    format: "codex",
    label: "Codex",
    filename: "~/.codex/config.toml",
    howToUse:
      "Merge the keys into the `[mcp_servers.<name>]` table that starts each server (TOML allows a table only once). Notes are written as `#` comments.",
    expresses: [
      "Default deny → `enabled_tools` lists the allowed tools; anything else is not offered.",
      "hide → `disabled_tools`.",
      'Approval → `[mcp_servers.<name>.tools.<tool>] approval_mode = "prompt"`.',
    ],
    cannotExpress: [
      NO_RATE_LIMITS,
      'Argument conditions: the tool gets approval_mode = "prompt" instead.',
      "A tool that is visible but denied: Codex leaves it out of the tool list altogether (stricter).",
    ],
  },
  {
    format: "agentgateway",
    label: "agentgateway",
    filename: "agentgateway-mcp-authorization.yaml",
    howToUse:
      "Put `mcpAuthorization` under the route's `policies`. Each rule is a CEL expression over `mcp.tool.name` (and `mcp.tool.target` for several servers); a call is allowed when any rule matches. Notes are `#` comments.",
    expresses: [
      "Allowed tools → one rule each; default allow → one rule excluding hidden tools.",
      "hide and unlisted tools → no rule (denied, and left out of tools/list).",
    ],
    cannotExpress: [
      NO_RATE_LIMITS,
      "Approval: agentgateway cannot ask a person, so such a tool is denied.",
      "Argument conditions: the rules do not see tool arguments, so such a tool is denied.",
      "Server names are used as target names; rename them if your targets differ.",
    ],
  },
  {
    format: "cedar",
    label: "ToolHive (Cedar)",
    filename: "authz-config.json",
    howToUse:
      'ToolHive\'s authz config (`--authz-config`): `permit`/`forbid` statements over `Action::"call_tool"` and `Tool::"<name>"`. Notes are Cedar `//` comments at the head of the first statement. A multi-server policy gives one config per server.',
    expresses: [
      "Default deny → one `permit` per allowed tool; default allow → one `permit` for all tools.",
      "hide → `forbid`, which beats any `permit`.",
    ],
    cannotExpress: [
      NO_RATE_LIMITS,
      "Approval: ToolHive has no approval step, so such a tool is not permitted.",
      "Argument conditions: not written as Cedar conditions, so such a tool is not permitted.",
    ],
  },
];
