import { describe, expect, it } from "vitest";
import { InMemoryCounterStore } from "@/lib/policy/counters";
import { evaluateCall, visibleTools } from "@/lib/policy/evaluate";
import { type Policy, PolicySchema } from "@/lib/policy/schema";

const policy = PolicySchema.parse({
  version: "1",
  default: "deny",
  hide: ["delete_file"],
  tools: {
    read_file: {
      conditions: [{ argument: "path", must: { pathWithin: "/srv/data" }, message: "only files under /srv/data" }],
    },
    run_command: {
      approval: "required",
      limits: [{ counter: "run_rate", window: "minute", max: 1, scope: "session" }],
    },
    search: {},
  },
  all_tools: { limits: [{ counter: "all", window: "second", max: 2, scope: "grant" }] },
} satisfies Policy);

describe("evaluateCall", () => {
  it("denies a call whose argument fails a condition, with the condition's message", () => {
    const counters = new InMemoryCounterStore();
    expect(evaluateCall(policy, { tool: "read_file", arguments: { path: "/srv/data/a.txt" } }, counters, 0)).toEqual({
      decision: "allow",
    });
    for (const path of ["/srv/data/../../etc/passwd", "/srv/database/x", "relative/a.txt", 42]) {
      expect(evaluateCall(policy, { tool: "read_file", arguments: { path } }, counters, 5_000)).toEqual({
        decision: "deny",
        reason: "only files under /srv/data",
      });
    }
    expect(evaluateCall(policy, { tool: "read_file", arguments: {} }, counters, 5_000).decision).toBe("deny");
  });

  it("asks for approval until the call is approved, and counts only approved calls", () => {
    const counters = new InMemoryCounterStore();
    const call = { tool: "run_command", session: "s1" };
    expect(evaluateCall(policy, call, counters, 0)).toEqual({
      decision: "approval_required",
      reason: '"run_command" needs a person\'s approval for every call',
    });
    expect(evaluateCall(policy, { ...call, approved: true }, counters, 1).decision).toBe("allow");
    expect(evaluateCall(policy, { ...call, approved: true }, counters, 2)).toMatchObject({
      decision: "rate_limited",
      counter: "run_rate",
    });
    // Another session has its own counter.
    expect(evaluateCall(policy, { ...call, session: "s2", approved: true }, counters, 3).decision).toBe("allow");
  });

  it("counts all_tools limits across tools, per grant, and does not count refused calls", () => {
    const counters = new InMemoryCounterStore();
    expect(evaluateCall(policy, { tool: "search", grant: "a" }, counters, 0).decision).toBe("allow");
    expect(evaluateCall(policy, { tool: "nope", grant: "a" }, counters, 1).decision).toBe("deny");
    expect(
      evaluateCall(policy, { tool: "read_file", grant: "a", arguments: { path: "/srv/data" } }, counters, 2).decision,
    ).toBe("allow");
    expect(evaluateCall(policy, { tool: "search", grant: "a" }, counters, 3)).toEqual({
      decision: "rate_limited",
      retryAfterMs: 997,
      counter: "all",
    });
    expect(evaluateCall(policy, { tool: "search", grant: "b" }, counters, 3).decision).toBe("allow");
  });

  it("hides hidden tools from the list and from calls; unlisted tools stay visible but are denied", () => {
    const counters = new InMemoryCounterStore();
    expect(visibleTools(policy, ["delete_file", "search", "other"])).toEqual(["search", "other"]);
    expect(evaluateCall(policy, { tool: "delete_file" }, counters, 0)).toEqual({ decision: "hide" });
    expect(evaluateCall(policy, { tool: "other" }, counters, 0)).toEqual({
      decision: "deny",
      reason: '"other" is not allowed by this policy (default "deny")',
    });
  });

  it("allows unlisted tools under default allow, still counting all_tools", () => {
    const open = { ...policy, default: "allow" as const };
    const counters = new InMemoryCounterStore();
    expect(evaluateCall(open, { tool: "other" }, counters, 0).decision).toBe("allow");
    expect(evaluateCall(open, { tool: "other" }, counters, 1).decision).toBe("allow");
    expect(evaluateCall(open, { tool: "other" }, counters, 2).decision).toBe("rate_limited");
  });

  it("uses the section of the call's server in a multi-server policy", () => {
    const multi = PolicySchema.parse({
      version: "1",
      default: "deny",
      servers: { github: { tools: { search: {} }, hide: ["delete_repo"] }, slack: { tools: { post: {} } } },
    });
    const counters = new InMemoryCounterStore();
    expect(evaluateCall(multi, { server: "github", tool: "search" }, counters, 0).decision).toBe("allow");
    expect(evaluateCall(multi, { server: "slack", tool: "search" }, counters, 0).decision).toBe("deny");
    expect(evaluateCall(multi, { server: "github", tool: "delete_repo" }, counters, 0).decision).toBe("hide");
    expect(evaluateCall(multi, { server: "other", tool: "post" }, counters, 0).decision).toBe("deny");
    expect(evaluateCall(multi, { tool: "search" }, counters, 0).decision).toBe("deny");
    expect(visibleTools(multi, ["delete_repo", "search"], "github")).toEqual(["search"]);
  });
});
