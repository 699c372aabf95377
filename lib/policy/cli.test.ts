import { describe, expect, it } from "vitest";
import { type CliIo, runPolicyCli } from "@/lib/policy/cli";
import { readFixture } from "@/lib/policy/fixtures";

function memoryIo(files: Record<string, string>, servers: Record<string, string[]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error("no such file");
      return text;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    loadServerTools: async (slug) => servers[slug],
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("policy CLI", () => {
  it("validate prints each problem with its path and exits 1 on errors", async () => {
    const run = memoryIo({
      "p.json": JSON.stringify({ version: "1", default: "deny", hide: ["rm"], tools: { rm: {}, ls: {} } }),
      "names.json": '["rm", "cat"]',
    });
    expect(await runPolicyCli(["validate", "p.json", "--tools", "names.json"], run.io)).toBe(1);
    expect(run.out()).toBe(
      [
        'p.json: error /tools/ls: the server has no tool "ls"',
        'p.json: error /tools/rm: "rm" is both hidden and listed under tools; a hidden tool is always denied, so this rule never applies. Remove it from one of the two.',
        "p.json: invalid (2 errors, 0 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("validate --server checks against the catalogue's tools; warnings alone exit 0", async () => {
    const run = memoryIo({ "p.json": '{"version": "1", "default": "allow"}' }, { fs: ["read"] });
    expect(await runPolicyCli(["validate", "p.json", "--server", "fs"], run.io)).toBe(0);
    expect(run.out()).toContain('p.json: warning /default: default "allow" hides nothing');
    expect(await runPolicyCli(["validate", "p.json", "--server", "nope"], run.io)).toBe(1);
    expect(run.err()).toBe('policy: the catalogue has no server "nope"\n');
  });

  it("validate reports invalid JSON with line and column", async () => {
    const run = memoryIo({ "p.json": '{\n  "version": "1"\n  "default": "deny"\n}' });
    expect(await runPolicyCli(["validate", "p.json"], run.io)).toBe(1);
    expect(run.out()).toContain(
      'p.json: error /: not valid JSON at line 3, column 3: expected "," or "}", found "\\""',
    );
  });

  it("generate turns classified tools into the recommended policy", async () => {
    const lines = [
      '{"server": "robzilla1738/codex-workflows", "tool": "workflow_stop_agent", "category": "Execute", "risk": "High", "why": "stops agents"}',
      "",
    ].join("\n");
    const run = memoryIo({ "t.jsonl": lines });
    expect(await runPolicyCli(["generate", "--input", "t.jsonl"], run.io)).toBe(0);
    expect(run.out()).toBe(readFixture("seed-000-workflow_stop_agent.json"));
  });

  it("generate names the line of a bad classification and reports merge conflicts", async () => {
    const bad = memoryIo({
      "t.jsonl":
        '{"server": "s", "tool": "t", "category": "Read", "risk": "Low"}\n{"server": "s", "tool": "u", "category": "Delete", "risk": "Low"}\n',
    });
    expect(await runPolicyCli(["generate", "--input", "t.jsonl"], bad.io)).toBe(1);
    expect(bad.err()).toMatch(/^policy: t\.jsonl:2: category: /);
    const twice = memoryIo({
      "t.jsonl":
        '{"server": "s", "tool": "t", "category": "Read", "risk": "Low"}\n{"server": "s", "tool": "t", "category": "Write", "risk": "High"}\n',
    });
    expect(await runPolicyCli(["generate", "--input", "t.jsonl"], twice.io)).toBe(0);
    expect(twice.err()).toBe(
      "policy: s/t was given 2 times (allow; allow, at most 10 per minute); kept the stricter: allow, at most 10 per minute\n",
    );
  });

  it("export writes the content on stdout and the notes on stderr", async () => {
    const run = memoryIo({ "p.json": readFixture("seed-000-workflow_stop_agent.json") });
    expect(await runPolicyCli(["export", "--format", "claude", "--server-name", "workflows", "p.json"], run.io)).toBe(
      0,
    );
    expect(JSON.parse(run.out())).toEqual({
      permissions: { allow: ["mcp__workflows__workflow_stop_agent"], ask: [], deny: [] },
    });
    expect(run.err()).toContain('note: "workflow_stop_agent": at most 10 per minute');
    const wrong = memoryIo({});
    expect(await runPolicyCli(["export", "--format", "yaml", "p.json"], wrong.io)).toBe(1);
    expect(wrong.err()).toBe("policy: --format must be one of claude, codex, agentgateway, cedar\n");
  });
});
