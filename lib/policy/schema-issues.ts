import type { z } from "zod";
import { pointer } from "@/lib/policy/sections";

export type Severity = "error" | "warning";

/** One thing wrong with a policy, located by a JSON Pointer such as /tools/foo/limits/0/window. */
export type PolicyProblem = { severity: Severity; path: string; code: string; message: string };

/**
 * Keys of the older syntax that FAQ answers on the reference pages still mention. Version 1 has
 * one way to say each thing; these hints point from the old word to it.
 */
const LEGACY_KEY_HINTS: Record<string, string> = {
  rate_limit:
    'the "rate_limit" block is the older syntax; version 1 writes "limits": [{"counter": "<tool>_rate", "window": "minute", "max": 10, "scope": "grant"}]',
  action:
    'the "action" field is the older syntax; to block a tool put its name in "hide", to allow it list it under "tools" (with default "deny" a tool that is not listed is already denied)',
  reason: 'version 1 has no "reason" field; a condition carries its own "message", and a hidden tool needs none',
  allow: 'version 1 has no "allow" list; list allowed tools as keys of "tools"',
  deny: 'version 1 has no "deny" list; put tools to block in "hide", or leave them out under default "deny"',
  requireApproval: 'write "approval": "required" inside the tool\'s rule',
  require_approval: 'write "approval": "required" inside the tool\'s rule',
};

const WINDOW_FOR_SECONDS: Record<number, string> = { 1: "second", 60: "minute", 3600: "hour", 86400: "day" };

/** zod's issues as problems a person can act on, each with its JSON path. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): PolicyProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        severity: "error" as const,
        path: pointer([...path, key]),
        code: "unknown_key",
        message: LEGACY_KEY_HINTS[key] ?? `unknown key "${key}" (${allowedKeysHint(path)})`,
      }));
    }
    return [
      { severity: "error" as const, path: pointer(path), code: issueCode(issue), message: explain(issue, path, input) },
    ];
  });
}

function explain(issue: z.core.$ZodIssue, path: (string | number)[], input: unknown): string {
  const value = valueAt(input, path);
  if (path.at(-1) === "window" && typeof value === "number") {
    const word = WINDOW_FOR_SECONDS[value];
    return `window is a word, not a number of seconds: ${word ? `write "${word}"` : 'one of "second", "minute", "hour", "day"'}`;
  }
  if (issue.code === "invalid_type" && value === undefined) return `${describeKey(path)} is required`;
  return issue.message;
}

function issueCode(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  if (last === "window") return "bad_window";
  if (last === "max") return "bad_max";
  return `schema_${issue.code}`;
}

function describeKey(path: (string | number)[]): string {
  const last = path.at(-1);
  return last === undefined ? "the policy" : `"${String(last)}"`;
}

function allowedKeysHint(path: (string | number)[]): string {
  const depth = path.length;
  const parent = path.at(-2);
  if (depth === 0) return "allowed: version, default, hide, tools, all_tools, servers";
  if (path.at(-1) === "all_tools") return "allowed: limits";
  if (parent === "tools") return "allowed: limits, approval, conditions";
  if (parent === "servers") return "allowed: hide, tools, all_tools";
  if (parent === "limits") return "allowed: counter, window, max, scope";
  if (parent === "conditions") return "allowed: argument, must, message, optional";
  if (path.at(-1) === "must") return "allowed: startsWith, pathWithin, in, match, maxLength, minimum, maximum";
  return "see /docs/policy";
}

export function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
