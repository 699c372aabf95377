import { describe, expect, it } from "vitest";
import { exportPolicy, policyTabs } from "@/lib/policy/exports";
import { recommendPolicy } from "@/lib/policy/generate";
import { type Policy, PolicySchema } from "@/lib/policy/schema";

const single: Policy = PolicySchema.parse({
  version: "1",
  default: "deny",
  hide: ["delete_file"],
  tools: {
    read_file: { conditions: [{ argument: "path", must: { pathWithin: "/srv" }, message: "only /srv" }] },
    run: { approval: "required" },
    search: {},
    write_file: { limits: [{ counter: "write_file_rate", window: "minute", max: 30, scope: "grant" }] },
  },
});
const known = ["delete_file", "list_dir", "read_file", "run", "search", "write_file"];
const multi = recommendPolicy([
  { server: "fs", tool: "search", category: "Read", risk: "Low" },
  { server: "fs", tool: "rm", category: "Destructive", risk: "Critical" },
  { server: "pay", tool: "charge", category: "Financial", risk: "Critical" },
]).policy;

describe("Claude Code export", () => {
  it("writes allow, ask and deny rules, denying unlisted tools by name when the tool list is known", () => {
    const result = exportPolicy(single, "claude", { serverName: "fs", knownTools: known });
    expect(result.filename).toBe(".claude/settings.json");
    expect(JSON.parse(result.content)).toEqual({
      permissions: {
        allow: ["mcp__fs__search", "mcp__fs__write_file"],
        ask: ["mcp__fs__read_file", "mcp__fs__run"],
        deny: ["mcp__fs__delete_file", "mcp__fs__list_dir"],
      },
    });
    expect(result.notes).toEqual([
      '"mcp__fs__read_file": argument conditions cannot be written as Claude Code permission rules; the tool is in "ask", so a person checks every call.',
      '"write_file": at most 30 per minute (scope grant) is not enforced — Claude Code has no per-tool rate limits; the tool is allowed without a cap.',
    ]);
  });

  it("says what happens to unnamed tools, and flags a missing server name", () => {
    const result = exportPolicy(single, "claude");
    expect(result.content).toContain('"mcp__SERVER_NAME__search"');
    expect(result.notes[0]).toBe(
      "No server name was given: replace SERVER_NAME with the name your client uses for this server.",
    );
    expect(result.notes.at(-1)).toContain("fall to Claude Code's permission prompt (it asks) instead of being denied");
  });

  it("names tools with the same limit in one note", () => {
    const { notes } = exportPolicy(
      recommendPolicy([
        { server: "a", tool: "x", category: "Write", risk: "Medium" },
        { server: "b", tool: "y", category: "Write", risk: "Medium" },
        { server: "b", tool: "z", category: "Write", risk: "High" },
      ]).policy,
      "claude",
      { knownTools: {} },
    );
    expect(notes).toEqual([
      '"a/x", "b/y": at most 30 per minute (scope grant) is not enforced — Claude Code has no per-tool rate limits; these tools are allowed without a cap.',
      '"b/z": at most 10 per minute (scope grant) is not enforced — Claude Code has no per-tool rate limits; the tool is allowed without a cap.',
    ]);
  });

  it("names each server of a multi-server policy", () => {
    expect(JSON.parse(exportPolicy(multi, "claude").content).permissions).toEqual({
      allow: ["mcp__fs__search"],
      ask: ["mcp__pay__charge"],
      deny: ["mcp__fs__rm"],
    });
  });
});

describe("Codex export", () => {
  it("writes enabled_tools, disabled_tools and per-tool approval, with notes as comments", () => {
    const result = exportPolicy(single, "codex", { serverName: "file system" });
    expect(result.filename).toBe("~/.codex/config.toml");
    expect(result.content).toContain(
      '[mcp_servers."file system"]\nenabled_tools = ["read_file", "run", "search", "write_file"]\ndisabled_tools = ["delete_file"]\n',
    );
    expect(result.content).toContain('[mcp_servers."file system".tools.run]\napproval_mode = "prompt"');
    expect(result.content).toContain('[mcp_servers."file system".tools.read_file]\napproval_mode = "prompt"');
    for (const note of result.notes) expect(result.content).toContain(`# Note: ${note}`);
    expect(result.notes.some((note) => note.includes('"write_file": at most 30 per minute'))).toBe(true);
  });

  it("leaves enabled_tools out under default allow", () => {
    const result = exportPolicy({ ...single, default: "allow" }, "codex", { serverName: "fs" });
    expect(result.content).toContain('[mcp_servers.fs]\ndisabled_tools = ["delete_file"]\n');
    expect(result.content).not.toContain("enabled_tools");
  });
});

describe("agentgateway export", () => {
  it("allows only plain allowed tools, denying approval and conditioned tools with a note", () => {
    const result = exportPolicy(single, "agentgateway");
    expect(
      result.content.endsWith(
        "mcpAuthorization:\n  rules:\n  - 'mcp.tool.name == \"search\"'\n  - 'mcp.tool.name == \"write_file\"'\n",
      ),
    ).toBe(true);
    expect(result.notes).toContain(
      '"run": agentgateway cannot ask a person for approval, so the tool is denied here; allow it in a client that asks.',
    );
    expect(result.notes).toContain(
      '"read_file": its argument conditions cannot be written as agentgateway authorization rules, so the tool is denied here.',
    );
  });

  it("uses mcp.tool.target for a multi-server policy, and negation under default allow", () => {
    expect(exportPolicy(multi, "agentgateway").content).toContain(
      '  - \'mcp.tool.target == "fs" && mcp.tool.name == "search"\'\n',
    );
    const open = exportPolicy({ ...multi, default: "allow" }, "agentgateway").content;
    expect(open).toContain('  - \'mcp.tool.target == "fs" && !(mcp.tool.name in ["rm"])\'\n');
    expect(open).toContain('  - \'mcp.tool.target == "pay" && !(mcp.tool.name in ["charge"])\'\n');
    expect(open).toContain('  - \'!(mcp.tool.target in ["fs", "pay"])\'\n');
  });

  it("writes an explicit false when nothing is allowed", () => {
    const result = exportPolicy({ version: "1", default: "deny", hide: ["x"] }, "agentgateway");
    expect(result.content.endsWith("  rules:\n  - 'false'\n")).toBe(true);
  });
});

describe("ToolHive Cedar export", () => {
  it("permits allowed tools, forbids hidden ones, and carries notes as Cedar comments", () => {
    const result = exportPolicy(single, "cedar");
    const config = JSON.parse(result.content);
    expect(result.filename).toBe("authz-config.json");
    expect(config).toMatchObject({ version: "1.0", type: "cedarv1", cedar: { entities_json: "[]" } });
    const statements = config.cedar.policies.map((p: string) =>
      p
        .split("\n")
        .filter((l) => !l.startsWith("//"))
        .join("\n"),
    );
    expect(statements).toEqual([
      'permit(principal, action == Action::"call_tool", resource == Tool::"search");',
      'permit(principal, action == Action::"call_tool", resource == Tool::"write_file");',
      'forbid(principal, action == Action::"call_tool", resource == Tool::"delete_file");',
    ]);
    for (const note of result.notes) expect(config.cedar.policies[0]).toContain(`// Note: ${note}`);
    expect(result.notes).toContain('"run": ToolHive has no human approval step, so the tool is not permitted here.');
  });

  it("permits every tool under default allow but still forbids hidden and gated ones", () => {
    const policies: string[] = JSON.parse(exportPolicy({ ...single, default: "allow" }, "cedar").content).cedar
      .policies;
    expect(policies.map((p) => p.split("\n").at(-1))).toEqual([
      'permit(principal, action == Action::"call_tool", resource);',
      'forbid(principal, action == Action::"call_tool", resource == Tool::"delete_file");',
      'forbid(principal, action == Action::"call_tool", resource == Tool::"read_file");',
      'forbid(principal, action == Action::"call_tool", resource == Tool::"run");',
    ]);
  });

  it("writes one config per server for a multi-server policy", () => {
    const configs = JSON.parse(exportPolicy(multi, "cedar").content);
    expect(Object.keys(configs)).toEqual(["fs", "pay"]);
    expect(configs.pay.cedar.policies).toHaveLength(1);
    expect(configs.pay.cedar.policies[0].split("\n").at(-1)).toBe(
      'forbid(principal, action == Action::"call_tool", resource);',
    );
  });
});

describe("policyTabs", () => {
  it("gives policy.json and every export as tabs", () => {
    expect(policyTabs(single, { serverName: "fs" }).map((tab) => [tab.id, tab.filename])).toEqual([
      ["policy", "policy.json"],
      ["claude", ".claude/settings.json"],
      ["codex", "~/.codex/config.toml"],
      ["agentgateway", "agentgateway-mcp-authorization.yaml"],
      ["cedar", "authz-config.json"],
    ]);
  });
});
