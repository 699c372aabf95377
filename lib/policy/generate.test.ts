import { describe, expect, it } from "vitest";
import { type ClassifiedTool, recommendPolicy } from "@/lib/policy/generate";
import { recommendedDecision } from "@/lib/policy/rules";
import { validatePolicy } from "@/lib/policy/validate";

const tool = (
  server: string,
  name: string,
  category: ClassifiedTool["category"],
  risk: ClassifiedTool["risk"],
): ClassifiedTool => ({
  server,
  tool: name,
  category,
  risk,
});

describe("recommendedDecision", () => {
  it("follows the rubric's table", () => {
    expect(recommendedDecision("Read", "Low")).toEqual({ kind: "allow" });
    expect(recommendedDecision("Read", "Medium")).toEqual({ kind: "limit", max: 30, window: "minute" });
    expect(recommendedDecision("Write", "Medium")).toEqual({ kind: "limit", max: 30, window: "minute" });
    expect(recommendedDecision("Write", "High")).toEqual({ kind: "limit", max: 10, window: "minute" });
    expect(recommendedDecision("Execute", "High")).toEqual({ kind: "limit", max: 10, window: "minute" });
    expect(recommendedDecision("Execute", "Critical")).toEqual({ kind: "approval" });
    expect(recommendedDecision("Destructive", "Critical")).toEqual({ kind: "hide" });
    expect(recommendedDecision("Financial", "Critical")).toEqual({ kind: "approval" });
  });

  it("never treats a pair outside the table more leniently than its category's base risk", () => {
    expect(recommendedDecision("Write", "Low")).toEqual({ kind: "limit", max: 30, window: "minute" });
    expect(recommendedDecision("Financial", "Low")).toEqual({ kind: "approval" });
    expect(recommendedDecision("Destructive", "Low")).toEqual({ kind: "hide" });
    expect(recommendedDecision("Read", "Critical")).toEqual({ kind: "approval" });
  });
});

describe("recommendPolicy", () => {
  const server = [
    tool("fs", "read_file", "Read", "Low"),
    tool("fs", "write_file", "Write", "Medium"),
    tool("fs", "delete_file", "Destructive", "Critical"),
    tool("fs", "run", "Execute", "Critical"),
  ];

  it("writes a whole server's policy in the seed pages' shape, keys sorted, 2-space JSON", () => {
    const { text, conflicts } = recommendPolicy(server);
    expect(conflicts).toEqual([]);
    expect(text).toBe(`{
  "version": "1",
  "default": "deny",
  "hide": [
    "delete_file"
  ],
  "tools": {
    "read_file": {},
    "run": {
      "approval": "required"
    },
    "write_file": {
      "limits": [
        {
          "counter": "write_file_rate",
          "window": "minute",
          "max": 30,
          "scope": "grant"
        }
      ]
    }
  }
}
`);
  });

  it("gives the same bytes whatever the input order", () => {
    expect(recommendPolicy([...server].reverse()).text).toBe(recommendPolicy(server).text);
  });

  it("uses the servers map for tools of several servers, and the result validates", () => {
    const { policy } = recommendPolicy([
      ...server,
      tool("gh", "search", "Read", "Low"),
      tool("gh", "read_file", "Read", "Medium"),
    ]);
    expect(Object.keys(policy.servers ?? {})).toEqual(["fs", "gh"]);
    expect(policy.servers?.gh?.tools?.read_file?.limits?.[0]?.counter).toBe("read_file_rate");
    expect(policy.servers?.fs?.tools?.read_file).toEqual({});
    expect(validatePolicy(policy).problems).toEqual([]);
  });

  it("resolves a tool given twice with different classifications to the stricter rule, and reports it", () => {
    const { policy, conflicts } = recommendPolicy([
      tool("fs", "x", "Write", "Medium"),
      tool("fs", "x", "Write", "High"),
      tool("fs", "x", "Write", "Medium"),
    ]);
    expect(policy.tools?.x?.limits?.[0]?.max).toBe(10);
    expect(conflicts).toEqual([
      {
        server: "fs",
        tool: "x",
        decisions: [
          { kind: "limit", max: 30, window: "minute" },
          { kind: "limit", max: 10, window: "minute" },
          { kind: "limit", max: 30, window: "minute" },
        ],
        kept: { kind: "limit", max: 10, window: "minute" },
      },
    ]);
    expect(
      recommendPolicy([tool("fs", "x", "Read", "Low"), tool("fs", "x", "Destructive", "Critical")]).policy,
    ).toEqual({
      version: "1",
      default: "deny",
      hide: ["x"],
    });
  });

  it("applies overrides from the policy builder over the recommendation", () => {
    const { policy, conflicts } = recommendPolicy(server, {
      overrides: [
        { server: "fs", tool: "delete_file", decision: { kind: "approval" } },
        { server: "fs", tool: "read_file", decision: { kind: "deny" } },
        {
          server: "fs",
          tool: "write_file",
          decision: { kind: "limit", max: 5, window: "hour" },
          conditions: [{ argument: "path", must: { pathWithin: "/srv" }, message: "only /srv" }],
        },
      ],
    });
    expect(conflicts).toEqual([]);
    expect(policy.hide).toBeUndefined();
    expect(Object.keys(policy.tools ?? {})).toEqual(["delete_file", "run", "write_file"]);
    expect(policy.tools?.write_file).toEqual({
      limits: [{ counter: "write_file_rate", window: "hour", max: 5, scope: "grant" }],
      conditions: [{ argument: "path", must: { pathWithin: "/srv" }, message: "only /srv" }],
    });
  });

  it("makes counter names valid and unique", () => {
    const { policy } = recommendPolicy([tool("s", "a b", "Write", "Medium"), tool("s", "a_b", "Write", "Medium")]);
    expect(policy.tools?.["a b"]?.limits?.[0]?.counter).toBe("a_b_rate");
    expect(policy.tools?.a_b?.limits?.[0]?.counter).toBe("a_b_rate_2");
    expect(validatePolicy(policy).valid).toBe(true);
  });
});
