import { firstFailedCondition } from "@/lib/policy/conditions";
import { type CallIdentity, type CounterStore, counterKey } from "@/lib/policy/counters";
import { type Limit, type Policy, WINDOW_MS } from "@/lib/policy/schema";
import { sectionFor } from "@/lib/policy/sections";

export type ToolCall = CallIdentity & {
  /** Needed for a multi-server policy; a single-server policy governs every call. */
  server?: string;
  tool: string;
  arguments?: Readonly<Record<string, unknown>>;
  /** True when a person has approved this call (the answer to an earlier approval_required). */
  approved?: boolean;
};

export type CallDecision =
  | { decision: "allow" }
  | { decision: "deny"; reason: string }
  | { decision: "hide" }
  | { decision: "approval_required"; reason: string }
  | { decision: "rate_limited"; retryAfterMs: number; counter: string };

/**
 * What a gateway does with one tools/call, in this order:
 *  1. hidden: "hide" (answer as if the tool did not exist), whatever else the policy says;
 *  2. neither hidden nor listed: default "deny" denies it, default "allow" goes on to step 5;
 *  3. a failed argument condition: "deny" with the condition's message;
 *  4. approval required and not yet approved: "approval_required";
 *  5. any limit (the tool's, then all_tools') with no room left: "rate_limited", with the wait
 *     until the oldest counted call leaves the window;
 *  6. otherwise "allow", and only then is the call counted on every limit that applies.
 * Pure except for the counter store it is given; `now` is milliseconds.
 */
export function evaluateCall(policy: Policy, call: ToolCall, counters: CounterStore, now: number): CallDecision {
  const section = sectionFor(policy, call.server);
  if (section.hide?.includes(call.tool)) return { decision: "hide" };
  const rule = section.tools && Object.hasOwn(section.tools, call.tool) ? section.tools[call.tool] : undefined;
  if (!rule && policy.default === "deny") {
    return { decision: "deny", reason: `"${call.tool}" is not allowed by this policy (default "deny")` };
  }
  const failed = firstFailedCondition(rule?.conditions ?? [], call.arguments ?? {});
  if (failed) return { decision: "deny", reason: failed.message };
  if (rule?.approval === "required" && call.approved !== true) {
    return { decision: "approval_required", reason: `"${call.tool}" needs a person's approval for every call` };
  }
  return takeFromLimits(limitsFor(policy, call, rule?.limits ?? []), counters, now);
}

type PlacedLimit = { key: string; limit: Limit };

function limitsFor(policy: Policy, call: ToolCall, toolLimits: readonly Limit[]): PlacedLimit[] {
  const namespace = policy.servers ? (call.server ?? "") : "";
  const section = sectionFor(policy, call.server);
  const placed = [...toolLimits, ...(section.all_tools?.limits ?? [])].map((limit) => place(namespace, limit, call));
  // The top-level all_tools of a multi-server policy spans every server: its own namespace.
  if (policy.servers) placed.push(...(policy.all_tools?.limits ?? []).map((limit) => place("", limit, call)));
  const unique = new Map(placed.map((entry) => [entry.key, entry]));
  return [...unique.values()];
}

function place(namespace: string, limit: Limit, identity: CallIdentity): PlacedLimit {
  return { key: counterKey(namespace, limit.counter, limit.scope, WINDOW_MS[limit.window], identity), limit };
}

/** Sliding window: a call at `now` fits when fewer than `max` counted calls are later than now − window. */
function takeFromLimits(limits: readonly PlacedLimit[], counters: CounterStore, now: number): CallDecision {
  let blocked: { retryAfterMs: number; counter: string } | undefined;
  for (const { key, limit } of limits) {
    const windowMs = WINDOW_MS[limit.window];
    const counted = counters.countedSince(key, now - windowMs);
    if (counted.length < limit.max) continue;
    const freesAt = (counted[counted.length - limit.max] ?? now) + windowMs;
    const retryAfterMs = Math.max(1, freesAt - now);
    if (!blocked || retryAfterMs > blocked.retryAfterMs) blocked = { retryAfterMs, counter: limit.counter };
  }
  if (blocked) return { decision: "rate_limited", ...blocked };
  for (const { key } of limits) counters.record(key, now);
  return { decision: "allow" };
}

/**
 * The tools a gateway lists to the agent: every tool except hidden ones. A tool that is merely
 * not listed under default "deny" stays visible (its calls are denied with a reason); `hide` is
 * the one way to remove a tool from the list.
 */
export function visibleTools(policy: Policy, toolNames: readonly string[], server?: string): string[] {
  const hidden = new Set(sectionFor(policy, server).hide ?? []);
  return toolNames.filter((name) => !hidden.has(name));
}
