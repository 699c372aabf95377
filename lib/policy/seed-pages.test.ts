import { describe, expect, it } from "vitest";
import { InMemoryCounterStore } from "@/lib/policy/counters";
import { evaluateCall, visibleTools } from "@/lib/policy/evaluate";
import { seedPages } from "@/lib/policy/fixtures";
import { formatPolicy } from "@/lib/policy/format";
import { recommendPolicy } from "@/lib/policy/generate";
import { validatePolicyText } from "@/lib/policy/validate";

describe.each(seedPages())("seed page $page ($tool)", (seed) => {
  it("validates with no problem at all", () => {
    const result = validatePolicyText(seed.text, { knownTools: [seed.tool, "some_other_tool"] });
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is what the generator recommends for the page's classification, byte for byte", () => {
    const { text } = recommendPolicy([
      { server: seed.server, tool: seed.tool, category: seed.category, risk: seed.risk },
    ]);
    expect(text).toBe(seed.text);
  });

  it("keeps its bytes through the canonical formatter", () => {
    const { policy } = validatePolicyText(seed.text);
    expect(policy && formatPolicy(policy)).toBe(seed.text);
  });

  it("means what the page says", () => {
    const { policy } = validatePolicyText(seed.text);
    if (!policy) throw new Error("seed policy did not parse");
    const counters = new InMemoryCounterStore();
    const call = { tool: seed.tool, arguments: {} };
    // Every other tool of the server is denied: the policy says nothing about it and the default is deny.
    expect(evaluateCall(policy, { tool: "some_other_tool" }, counters, 0).decision).toBe("deny");
    if (seed.meaning === "hidden") {
      expect(visibleTools(policy, [seed.tool, "some_other_tool"])).toEqual(["some_other_tool"]);
      expect(evaluateCall(policy, call, counters, 0)).toEqual({ decision: "hide" });
      return;
    }
    expect(visibleTools(policy, [seed.tool])).toEqual([seed.tool]);
    const max = seed.max ?? 0;
    const start = 1_000_000;
    for (let i = 0; i < max; i++) {
      expect(evaluateCall(policy, call, counters, start + i * 100).decision).toBe("allow");
    }
    const capped = evaluateCall(policy, call, counters, start + max * 100);
    expect(capped).toEqual({
      decision: "rate_limited",
      retryAfterMs: 60_000 - max * 100,
      counter: `${seed.tool}_rate`,
    });
    expect(evaluateCall(policy, call, counters, start + 60_000).decision).toBe("allow");
  });
});
