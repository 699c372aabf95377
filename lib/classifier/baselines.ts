import type { Category } from "@/lib/taxonomy";
import type { ToolDefinition } from "@/lib/tool-definition";
import { SPEC_DEFAULTS } from "./annotations";
import { BASE_RISK } from "./risk";
import { splitIdentifier } from "./words";

export type Verdict = { category: Category; risk: (typeof BASE_RISK)[Category] };

/** Baseline 1: believe the annotations (spec defaults when absent). What a naive gateway would do. */
export function classifyByAnnotations(tool: ToolDefinition): Verdict {
  const readOnly = tool.annotations?.readOnlyHint ?? SPEC_DEFAULTS.readOnlyHint;
  const destructive = tool.annotations?.destructiveHint ?? SPEC_DEFAULTS.destructiveHint;
  const category: Category = readOnly ? "Read" : destructive ? "Destructive" : "Write";
  return { category, risk: BASE_RISK[category] };
}

const NAME_KEYWORDS: [Category, ReadonlySet<string>][] = [
  ["Financial", new Set("pay payment charge refund invoice transfer purchase buy sell subscription".split(" "))],
  ["Destructive", new Set("delete remove drop destroy purge cancel kill terminate revoke".split(" "))],
  ["Execute", new Set("run exec execute eval deploy start stop restart trigger navigate click install".split(" "))],
  ["Write", new Set("create add update edit set write send post move rename upload".split(" "))],
];

/** Baseline 2: a keyword anywhere in the name, worst category first; anything else is Read. */
export function classifyByNameKeywords(tool: ToolDefinition): Verdict {
  const words = splitIdentifier(tool.name);
  for (const [category, keywords] of NAME_KEYWORDS) {
    if (words.some((word) => keywords.has(word))) return { category, risk: BASE_RISK[category] };
  }
  return { category: "Read", risk: BASE_RISK.Read };
}
