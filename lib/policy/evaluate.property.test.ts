import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InMemoryCounterStore } from "@/lib/policy/counters";
import { evaluateCall } from "@/lib/policy/evaluate";
import { type Condition, type Policy, PolicySchema, WINDOW_MS, WINDOWS } from "@/lib/policy/schema";

const toolName = fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/);
const limit = fc.record({
  counter: fc.stringMatching(/^[a-z]{1,6}$/),
  window: fc.constantFrom(...WINDOWS),
  max: fc.integer({ min: 1, max: 5 }),
  scope: fc.constantFrom("grant" as const, "session" as const, "global" as const),
});
const rule = fc.record(
  {
    limits: fc.array(limit, { maxLength: 2 }),
    approval: fc.constant("required" as const),
    conditions: fc.constant<Condition[]>([
      { argument: "path", must: { startsWith: "/srv/" }, message: "outside /srv" },
    ]),
  },
  { requiredKeys: [] },
);
const anyPolicy: fc.Arbitrary<Policy> = fc
  .record({
    default: fc.constantFrom("allow" as const, "deny" as const),
    hide: fc.uniqueArray(toolName, { maxLength: 4 }),
    tools: fc.dictionary(toolName, rule, { maxKeys: 5 }),
    all_tools: fc.option(fc.record({ limits: fc.array(limit, { maxLength: 2 }) }), { nil: undefined }),
  })
  .map((raw) => PolicySchema.parse({ version: "1", ...raw }));
const anyCall = fc.record({
  tool: toolName,
  arguments: fc.option(fc.record({ path: fc.constantFrom("/srv/a", "/etc/passwd") }), { nil: undefined }),
  approved: fc.boolean(),
  grant: fc.constantFrom("a", "b"),
});

describe("evaluateCall properties", () => {
  it("deny by default denies every tool the policy does not list", () => {
    fc.assert(
      fc.property(anyPolicy, fc.array(anyCall, { maxLength: 20 }), (generated, calls) => {
        const policy: Policy = { ...generated, default: "deny" };
        const counters = new InMemoryCounterStore();
        calls.forEach((call, index) => {
          const listed = Object.hasOwn(policy.tools ?? {}, call.tool) || policy.hide?.includes(call.tool);
          const result = evaluateCall(policy, call, counters, index * 250);
          if (!listed) expect(result.decision).toBe("deny");
        });
      }),
    );
  });

  it("never allows a hidden tool, whatever else the policy says about it", () => {
    fc.assert(
      fc.property(anyPolicy, fc.array(anyCall, { maxLength: 20 }), rule, (generated, calls, extra) => {
        // Also list every hidden tool under tools (an invalid policy, but the evaluator must still hide it).
        const tools = { ...generated.tools, ...Object.fromEntries((generated.hide ?? []).map((t) => [t, extra])) };
        const policy: Policy = { ...generated, tools };
        const counters = new InMemoryCounterStore();
        calls.forEach((call, index) => {
          const result = evaluateCall(policy, call, counters, index * 250);
          if (policy.hide?.includes(call.tool)) expect(result).toEqual({ decision: "hide" });
        });
      }),
    );
  });

  it("a limit of N per window allows exactly N calls in any span of one window", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...WINDOWS),
        // Random call times over about three windows, with bursts (many calls at one instant).
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (max, window, fractions) => {
          const windowMs = WINDOW_MS[window];
          const times = fractions.map((f) => Math.floor(f * windowMs)).sort((a, b) => a - b);
          const policy = PolicySchema.parse({
            version: "1",
            default: "deny",
            tools: { t: { limits: [{ counter: "t_rate", window, max, scope: "grant" }] } },
          });
          const counters = new InMemoryCounterStore();
          const allowed: number[] = [];
          for (const time of times) {
            const inWindow = allowed.filter((a) => a > time - windowMs).length;
            const result = evaluateCall(policy, { tool: "t" }, counters, time);
            // Never more than N: allowed only when fewer than N were allowed in (time − window, time].
            // Exactly N: refused only when N were already allowed there (no call is refused early).
            expect(result.decision).toBe(inWindow < max ? "allow" : "rate_limited");
            if (result.decision === "allow") allowed.push(time);
            if (result.decision === "rate_limited") {
              // The wait ends exactly when the call would fit.
              const retryAt = time + result.retryAfterMs;
              expect(allowed.filter((a) => a > retryAt - windowMs).length).toBeLessThan(max);
              expect(allowed.filter((a) => a > retryAt - 1 - windowMs).length).toBeGreaterThanOrEqual(max);
            }
          }
          for (const start of allowed) {
            expect(allowed.filter((a) => a >= start && a < start + windowMs).length).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });
});
