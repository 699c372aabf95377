"use client";

import { useRef, useState } from "react";
import { InMemoryCounterStore } from "@/lib/policy/counters";
import { type CallDecision, evaluateCall } from "@/lib/policy/evaluate";
import { parseJsonText } from "@/lib/policy/json-text";
import type { Policy } from "@/lib/policy/schema";

type LogEntry = { id: number; tool: string; decision: CallDecision };

function describe(decision: CallDecision): string {
  switch (decision.decision) {
    case "allow":
      return "allowed";
    case "deny":
      return `denied: ${decision.reason}`;
    case "hide":
      return "hidden: the agent never sees this tool, and the call is denied";
    case "approval_required":
      return `waits for approval: ${decision.reason}`;
    case "rate_limited":
      return `rate-limited by ${decision.counter}: retry in ${Math.ceil(decision.retryAfterMs / 1000)} s`;
  }
}

/**
 * Sends pretend calls through the policy with the same evaluator a gateway would use, so a user
 * can see a limit run out or a condition deny before they deploy anything. Counters live in the page.
 */
export function CallSimulator({ policy, tools }: { policy: Policy; tools: { server: string; tool: string }[] }) {
  const counters = useRef(new InMemoryCounterStore());
  const nextId = useRef(1);
  const [selected, setSelected] = useState(0);
  const [args, setArgs] = useState("{}");
  const [approved, setApproved] = useState(false);
  const [log, setLog] = useState<LogEntry[]>([]);
  const [error, setError] = useState<string>();
  const multi = Boolean(policy.servers);

  function call() {
    const target = tools[selected];
    if (!target) return;
    const parsed = parseJsonText(args);
    if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
      setError(parsed.ok ? "Arguments must be a JSON object." : `Arguments are not JSON: ${parsed.error.message}`);
      return;
    }
    setError(undefined);
    const decision = evaluateCall(
      policy,
      {
        server: multi ? target.server : undefined,
        tool: target.tool,
        arguments: parsed.value as Record<string, unknown>,
        approved,
        grant: "simulator",
        session: "simulator",
      },
      counters.current,
      Date.now(),
    );
    const id = nextId.current++;
    setLog((current) => [{ id, tool: `${target.server}/${target.tool}`, decision }, ...current].slice(0, 20));
  }

  return (
    <div className="space-y-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-800" data-testid="call-simulator">
      <h2 className="text-lg font-semibold">Try a call</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Tool
          <select
            value={selected}
            onChange={(event) => setSelected(Number(event.target.value))}
            className="rounded border border-zinc-300 bg-transparent px-1 py-1 dark:border-zinc-700"
          >
            {tools.map((tool, index) => (
              <option key={`${tool.server}/${tool.tool}`} value={index}>
                {tool.server}/{tool.tool}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Arguments (JSON)
          <input
            value={args}
            onChange={(event) => setArgs(event.target.value)}
            className="w-64 rounded border border-zinc-300 bg-transparent px-2 py-1 font-mono dark:border-zinc-700"
          />
        </label>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={approved} onChange={(event) => setApproved(event.target.checked)} />
          approved by a person
        </label>
        <button
          type="button"
          onClick={call}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white"
        >
          Call
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <ol className="space-y-1 text-sm" aria-live="polite" data-testid="simulator-log">
        {log.map((entry) => (
          <li key={entry.id} data-decision={entry.decision.decision}>
            <code>{entry.tool}</code>: {describe(entry.decision)}
          </li>
        ))}
      </ol>
    </div>
  );
}
