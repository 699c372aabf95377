"use client";

import { useState } from "react";
import { validatePolicyText } from "@/lib/policy/validate";

/** Paste any policy.json and see every problem with its JSON path, without sending it anywhere. */
export function PolicyValidator() {
  const [text, setText] = useState("");
  const result = text.trim() ? validatePolicyText(text) : undefined;
  return (
    <div className="space-y-2">
      <label htmlFor="validate-policy" className="block font-medium">
        Validate a policy.json
      </label>
      <textarea
        id="validate-policy"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
        spellCheck={false}
        placeholder='{"version": "1", "default": "deny", ...}'
        className="w-full rounded-md border border-zinc-300 bg-transparent p-2 font-mono text-sm dark:border-zinc-700"
      />
      {result ? (
        <div role="status" data-testid="validator-result">
          <p className={result.valid ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
            {result.valid ? "Valid." : "Not valid."}
          </p>
          <ul className="list-disc pl-5 text-sm">
            {result.problems.map((problem) => (
              <li key={`${problem.path}-${problem.code}-${problem.message}`}>
                <code>{problem.path || "/"}</code> {problem.severity}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
