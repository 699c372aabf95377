import { describe, expect, it } from "vitest";
import { validatePolicy, validatePolicyText } from "@/lib/policy/validate";

const paths = (json: unknown, options = {}) =>
  validatePolicy(json, options).problems.map(({ severity, path, code }) => `${severity} ${path} ${code}`);

describe("validatePolicy", () => {
  it("reports schema errors with their JSON path", () => {
    const result = validatePolicy({
      version: "1",
      default: "deny",
      tools: {
        foo: { limits: [{ counter: "foo_rate", window: "fortnight", max: 0, scope: "grant" }] },
        "a/b": { limits: [{ counter: "x", window: "minute", max: 1.5, scope: "team" }] },
      },
    });
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ["/tools/a~1b/limits/0/max", "max must be a whole number"],
      ["/tools/a~1b/limits/0/scope", 'scope must be one of "grant", "session", "global"'],
      ["/tools/foo/limits/0/max", "max must be at least 1"],
      [
        "/tools/foo/limits/0/window",
        'window must be one of "second", "minute", "hour", "day" (a word, not a number of seconds)',
      ],
    ]);
  });

  it("points the older syntax of the reference pages' FAQ to the version 1 way", () => {
    const result = validatePolicy({
      version: "1",
      default: "deny",
      tools: {
        foo: { action: "deny", rate_limit: { max: 10, window: 60 } },
        bar: { limits: [{ counter: "b", window: 60, max: 10, scope: "grant" }] },
      },
    });
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath["/tools/foo/action"]).toContain('put its name in "hide"');
    expect(byPath["/tools/foo/rate_limit"]).toContain('"limits": [{"counter"');
    expect(byPath["/tools/bar/limits/0/window"]).toBe('window is a word, not a number of seconds: write "minute"');
  });

  it("requires version, default and a valid must", () => {
    expect(
      paths({
        tools: {
          x: {
            conditions: [
              { argument: "p", must: {}, message: "m" },
              { argument: "q", must: { match: "(" }, message: "m" },
            ],
          },
        },
      }),
    ).toEqual([
      "error /default schema_invalid_value",
      "error /tools/x/conditions/0/must schema_custom",
      "error /tools/x/conditions/1/must/match schema_custom",
      "error /version schema_invalid_value",
    ]);
  });

  it("finds a tool both hidden and allowed, duplicate hides and counters with two settings", () => {
    const json = {
      version: "1",
      default: "deny",
      hide: ["drop", "drop"],
      tools: {
        drop: {},
        a: {
          limits: [
            { counter: "writes", window: "minute", max: 10, scope: "grant" },
            { counter: "writes", window: "minute", max: 10, scope: "grant" },
          ],
        },
        b: { limits: [{ counter: "writes", window: "hour", max: 10, scope: "grant" }] },
      },
      all_tools: { limits: [{ counter: "writes", window: "minute", max: 10, scope: "grant" }] },
    };
    expect(paths(json)).toEqual([
      "warning /hide/1 duplicate_hide",
      "error /tools/a/limits/1 duplicate_counter".replace("error", "warning"),
      "error /tools/b/limits/0 counter_conflict",
      "error /tools/drop hidden_and_allowed",
    ]);
  });

  it("checks tool names against the server's tools, suggesting the near miss", () => {
    const result = validatePolicy(
      { version: "1", default: "deny", hide: ["cancel_task"], tools: { search: {} } },
      { knownTools: ["cancel-task", "list"] },
    );
    expect(result.problems).toEqual([
      {
        severity: "error",
        path: "/hide/0",
        code: "unknown_tool",
        message: 'the server has no tool "cancel_task" (did you mean "cancel-task"?)',
      },
      { severity: "error", path: "/tools/search", code: "unknown_tool", message: 'the server has no tool "search"' },
    ]);
  });

  it("checks each server of a multi-server policy against its own tools", () => {
    const json = {
      version: "1",
      default: "deny",
      servers: { gh: { tools: { search: {} } }, slack: { hide: ["post"] } },
      hide: ["x"],
    };
    expect(paths(json)).toEqual(["error /hide schema_custom"]);
    const { hide: _hide, ...valid } = json;
    expect(paths(valid, { knownTools: { gh: ["search"], slack: ["read"] } })).toEqual([
      "error /servers/slack/hide/0 unknown_tool",
    ]);
  });

  it("warns about default allow that hides nothing, but keeps the policy valid", () => {
    const result = validatePolicy({ version: "1", default: "allow" });
    expect(result.valid).toBe(true);
    expect(result.problems.map((p) => `${p.severity} ${p.path} ${p.code}`)).toEqual([
      "warning /default allow_without_hide",
    ]);
  });

  it("gives line and column for text that is not JSON", () => {
    const result = validatePolicyText('{\n  "version": "1",\n  "default": "deny",\n}\n');
    expect(result.problems).toEqual([
      {
        severity: "error",
        path: "",
        code: "invalid_json",
        message: 'not valid JSON at line 3, column 20: a trailing comma before "}" is not allowed in JSON',
      },
    ]);
  });
});
