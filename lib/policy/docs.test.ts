import { describe, expect, it } from "vitest";
import { InMemoryCounterStore } from "@/lib/policy/counters";
import { POLICY_DOCS } from "@/lib/policy/docs";
import { DOC_EXAMPLES } from "@/lib/policy/docs-examples";
import { evaluateCall } from "@/lib/policy/evaluate";
import { EXPORT_FORMATS } from "@/lib/policy/exports";
import { validatePolicyText } from "@/lib/policy/validate";

describe("policy docs", () => {
  const examples = POLICY_DOCS.sections.flatMap((section) => section.examples);

  it("shows every example once, and each validates without a problem", () => {
    expect(new Set(examples.map((e) => e.id)).size).toBe(Object.keys(DOC_EXAMPLES).length);
    for (const example of examples)
      expect([example.id, validatePolicyText(example.text).problems]).toEqual([example.id, []]);
  });

  it("has unique section ids and documents every export format", () => {
    const ids = POLICY_DOCS.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(POLICY_DOCS.exports.map((e) => e.format)).toEqual([...EXPORT_FORMATS]);
  });

  it("examples mean what their explanation says", () => {
    const counters = new InMemoryCounterStore();
    const conditions = DOC_EXAMPLES.conditions.policy;
    expect(evaluateCall(conditions, { tool: "read_file", arguments: { path: "/srv/data/../x" } }, counters, 0)).toEqual(
      {
        decision: "deny",
        reason: "read_file may only read files under /srv/data",
      },
    );
    expect(evaluateCall(conditions, { tool: "query", arguments: { sql: "select 1" } }, counters, 0).decision).toBe(
      "allow",
    );
    expect(
      evaluateCall(conditions, { tool: "query", arguments: { sql: "delete from t; select 1" } }, counters, 0),
    ).toEqual({
      decision: "deny",
      reason: "only SELECT statements",
    });
    const shared = DOC_EXAMPLES.shared.policy;
    for (let i = 0; i < 20; i++) {
      const tool = i % 2 ? "add_comment" : "create_issue";
      expect(evaluateCall(shared, { tool, grant: "g" }, counters, i).decision).toBe("allow");
    }
    expect(evaluateCall(shared, { tool: "add_comment", grant: "g" }, counters, 30).decision).toBe("rate_limited");
    expect(
      evaluateCall(DOC_EXAMPLES.multiServer.policy, { server: "stripe", tool: "create_refund" }, counters, 0).decision,
    ).toBe("approval_required");
  });
});
