"use client";

import { useMemo, useState } from "react";
import { CallSimulator } from "@/components/policy/call-simulator";
import { PolicyTabs } from "@/components/policy/policy-tabs";
import { recommendPolicy, type ToolOverride } from "@/lib/policy/generate";
import { recommendedDecision, type ToolDecision } from "@/lib/policy/rules";
import { WINDOWS, type Window } from "@/lib/policy/schema";
import { validatePolicy } from "@/lib/policy/validate";
import { policyTabs } from "@/lib/policy-tabs";
import type { SelectedTool } from "@/lib/queries/policy-selection";

const KINDS: { kind: ToolDecision["kind"]; label: string }[] = [
  { kind: "allow", label: "Allow" },
  { kind: "limit", label: "Rate limit" },
  { kind: "approval", label: "Approval" },
  { kind: "deny", label: "Deny" },
  { kind: "hide", label: "Hide" },
];

const keyOf = (tool: SelectedTool) => `${tool.server}/${tool.tool}`;

/** Where a tool starts: the rubric's recommendation, or deny when it is not classified yet. */
function startingDecision(tool: SelectedTool): ToolDecision {
  return tool.category && tool.risk ? recommendedDecision(tool.category, tool.risk) : { kind: "deny" };
}

function withKind(kind: ToolDecision["kind"], previous: ToolDecision): ToolDecision {
  if (kind !== "limit") return { kind } as ToolDecision;
  return previous.kind === "limit" ? previous : { kind: "limit", max: 10, window: "minute" };
}

/** Pick a rule for each selected tool and watch the policy.json, validated, as it changes. */
export function PolicyBuilder({ tools }: { tools: SelectedTool[] }) {
  const [decisions, setDecisions] = useState<Record<string, ToolDecision>>(() =>
    Object.fromEntries(tools.map((tool) => [keyOf(tool), startingDecision(tool)])),
  );
  const set = (key: string, decision: ToolDecision) => setDecisions((current) => ({ ...current, [key]: decision }));

  const { policy, tabs, validation } = useMemo(() => {
    const overrides: ToolOverride[] = tools.map((tool) => ({
      server: tool.server,
      tool: tool.tool,
      decision: decisions[keyOf(tool)] ?? startingDecision(tool),
    }));
    const { policy } = recommendPolicy([], { overrides });
    const knownTools: Record<string, string[]> = {};
    for (const tool of tools) knownTools[tool.server] = [...(knownTools[tool.server] ?? []), tool.tool];
    const servers = Object.keys(knownTools);
    const check = validatePolicy(policy, {
      knownTools: servers.length === 1 ? (knownTools[servers[0] ?? ""] ?? []) : knownTools,
    });
    const serverName = servers.length === 1 ? servers[0] : undefined;
    return { policy, tabs: policyTabs(policy, { serverName, knownTools }), validation: check };
  }, [tools, decisions]);

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="builder-tools">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Tool
              </th>
              <th scope="col" className="py-2 pr-3">
                Label
              </th>
              <th scope="col" className="py-2">
                Rule
              </th>
            </tr>
          </thead>
          <tbody>
            {tools.map((tool) => {
              const key = keyOf(tool);
              const decision = decisions[key] ?? startingDecision(tool);
              return (
                <tr key={key} className="border-b border-zinc-100 align-top dark:border-zinc-900" data-tool={key}>
                  <td className="py-2 pr-3 font-mono text-xs break-all">{key}</td>
                  <td className="py-2 pr-3 text-xs">
                    {tool.category ? `${tool.category} / ${tool.risk}` : "unclassified"}
                  </td>
                  <td className="py-2">
                    <div className="flex flex-wrap items-center gap-2">
                      <select
                        aria-label={`Rule for ${key}`}
                        value={decision.kind}
                        onChange={(event) => set(key, withKind(event.target.value as ToolDecision["kind"], decision))}
                        className="rounded border border-zinc-300 bg-transparent px-1 py-0.5 dark:border-zinc-700"
                      >
                        {KINDS.map((option) => (
                          <option key={option.kind} value={option.kind}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                      {decision.kind === "limit" ? (
                        <>
                          <input
                            type="number"
                            min={1}
                            aria-label={`Most calls for ${key}`}
                            value={decision.max}
                            onChange={(event) =>
                              set(key, { ...decision, max: Math.max(1, Math.floor(Number(event.target.value) || 1)) })
                            }
                            className="w-16 rounded border border-zinc-300 bg-transparent px-1 py-0.5 dark:border-zinc-700"
                          />
                          <span>per</span>
                          <select
                            aria-label={`Window for ${key}`}
                            value={decision.window}
                            onChange={(event) => set(key, { ...decision, window: event.target.value as Window })}
                            className="rounded border border-zinc-300 bg-transparent px-1 py-0.5 dark:border-zinc-700"
                          >
                            {WINDOWS.map((window) => (
                              <option key={window} value={window}>
                                {window}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : null}
                      {decision.kind !== startingDecision(tool).kind ? (
                        <button
                          type="button"
                          className="text-xs underline"
                          onClick={() => set(key, startingDecision(tool))}
                        >
                          reset
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="space-y-3">
        <p
          role="status"
          data-testid="builder-validation"
          className={validation.valid ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}
        >
          {validation.valid ? "Valid policy.json" : "Invalid policy.json"}
          {validation.problems.length ? `: ${validation.problems.length} note(s)` : ""}
        </p>
        {validation.problems.length ? (
          <ul className="list-disc pl-5 text-sm">
            {validation.problems.map((problem) => (
              <li key={`${problem.path}-${problem.code}`}>
                <code>{problem.path || "/"}</code> {problem.severity}: {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
        <PolicyTabs tabs={tabs} testId="builder-policy" />
        <CallSimulator policy={policy} tools={tools} />
      </div>
    </div>
  );
}
