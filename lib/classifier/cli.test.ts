import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(repoRoot, "node_modules/.bin/tsx");

function runCli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      tsx,
      ["scripts/classify.ts", ...args],
      { cwd: repoRoot, env: { ...process.env, OPENAI_API_KEY: "" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

const lines = [
  {
    server: "tasks",
    tool: "list_tasks",
    title: null,
    description: "List tasks",
    inputSchema: { type: "object" },
    annotations: {},
  },
  {
    server: "tasks",
    tool: "delete_task",
    description: "Delete a task",
    inputSchema: { type: "object" },
    annotations: { readOnlyHint: true },
  },
  { server: "tasks", tool: "create_task", description: "Create a task", inputSchema: { type: "object" } },
].map((line) => JSON.stringify(line));

describe("scripts/classify.ts", () => {
  it("writes one line per tool from a file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "classify-cli-"));
    const file = path.join(dir, "tools.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { code, stdout } = await runCli(["--input", file]);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out.map((o) => [o.tool, o.category, o.risk])).toEqual([
      ["list_tasks", "Read", "Low"],
      ["delete_task", "Destructive", "Critical"],
      ["create_task", "Write", "Medium"],
    ]);
    expect(Object.keys(out[0])).toEqual(["server", "tool", "category", "risk", "confidence", "rationale"]);
  }, 30_000);

  it("reads stdin, reports a bad line by number, keeps going and exits non-zero", async () => {
    const input = [lines[0], "{not json", JSON.stringify({ server: "tasks" }), lines[1]].join("\n");
    const { code, stdout, stderr } = await runCli(["--input", "-"], input);
    expect(code).toBe(1);
    expect(stderr).toContain("line 2:");
    expect(stderr).toContain("line 3:");
    expect(stdout.trim().split("\n")).toHaveLength(2);
  }, 30_000);
});
