import { DOC_EXAMPLES, type DocExample } from "@/lib/policy/docs-examples";
import { EXPORT_DOCS, type ExportDoc } from "@/lib/policy/docs-exports";
import { POLICY_SCHEMA_PATH } from "@/lib/policy/json-schema";

export type { DocExample } from "@/lib/policy/docs-examples";
export type { ExportDoc } from "@/lib/policy/docs-exports";

/** One section of /docs/policy: markdown body (GitHub-flavoured: tables, code spans) and examples. */
export type DocSection = { id: string; title: string; body: string; examples: DocExample[] };

export type PolicyDocs = {
  title: string;
  intro: string;
  sections: DocSection[];
  exports: ExportDoc[];
  schemaPath: string;
};

const md = (lines: string[]) => lines.join("\n");

const SECTIONS: DocSection[] = [
  {
    id: "shape",
    title: "The shape of policy.json",
    body: md([
      "| key | meaning |",
      "|---|---|",
      '| `version` | Always `"1"`. |',
      '| `default` | `"deny"` or `"allow"`: what happens to a tool the policy neither hides nor lists. Deny is recommended. |',
      "| `hide` | Tools removed from the agent's tool list. Every call of them is denied, whatever else the policy says. |",
      "| `tools` | Allowed tools, each with an optional rule: `limits`, `approval`, `conditions`. `{}` allows a tool as it is. |",
      "| `all_tools` | `limits` counted on every allowed call of the server. |",
      "| `servers` | The multi-server form: `hide`, `tools` and `all_tools` for each server. |",
      "| `$schema` | Optional: the JSON Schema URL, for checking in your editor. |",
      "",
      "Unknown keys are errors, so a typo cannot silently switch a rule off.",
    ]),
    examples: [DOC_EXAMPLES.rateLimited, DOC_EXAMPLES.hidden],
  },
  {
    id: "decisions",
    title: "What happens to a call",
    body: md([
      "A tool is in one of three states: **hidden** (in `hide`: not in the tool list, every call denied), **listed** (in `tools`: allowed under its rule), or **neither** (decided by `default`; under deny it stays visible and every call is denied with a reason).",
      "",
      "A gateway checks a call in this order and stops at the first answer:",
      "",
      "1. hidden → the call is refused as if the tool did not exist;",
      "2. neither hidden nor listed → `default` decides (deny stops here; allow goes on to step 5);",
      "3. an argument condition fails → denied, with the condition's `message`;",
      "4. approval required → the call waits for a person;",
      "5. a limit has no room left → refused, with the time until it has;",
      "6. otherwise allowed, and only then counted on every limit that applies.",
    ]),
    examples: [DOC_EXAMPLES.server],
  },
  {
    id: "limits",
    title: "Limits",
    body: md([
      'A limit is `{"counter", "window", "max", "scope"}`: at most `max` calls in **any** span of one `window` (`"second"`, `"minute"`, `"hour"` or `"day"`). It is a sliding window, not a calendar one: 10 per minute never lets 20 calls through around the turn of a minute.',
      "",
      "- `max` is a whole number, at least 1.",
      "- `scope` says who shares the budget: `grant` (one identity's access grant, as on the reference pages), `session` (one MCP session) or `global` (every caller together).",
      "- `counter` names the budget. Limits that name the same counter in one server share it, so they must agree on window, max and scope; give different budgets different names. The generator names counters `<tool>_rate`.",
      "- Refused, denied and unapproved calls are not counted.",
    ]),
    examples: [DOC_EXAMPLES.shared],
  },
  {
    id: "approval",
    title: "Approval",
    body: md([
      '`"approval": "required"` makes every call of the tool wait for a person. Limits still apply to the approved calls. Leave the key out when no approval is needed; there is no `"approval": "none"`.',
    ]),
    examples: [],
  },
  {
    id: "conditions",
    title: "Argument conditions",
    body: md([
      'A condition is `{"argument", "must", "message"}`. When the call\'s top-level `argument` fails `must`, the call is denied with `message`. Conditions are checked in order; the first that fails gives the message. Every operator in one `must` has to hold.',
      "",
      "| operator | holds when |",
      "|---|---|",
      "| `startsWith` | the string starts with the text (a plain text test: `/srv/data/../etc` starts with `/srv/data/`) |",
      "| `pathWithin` | the absolute path, after resolving `.` and `..`, is the folder or inside it (relative paths fail) |",
      "| `in` | the value equals one of the listed strings, numbers or booleans |",
      "| `match` | the **whole** string matches the regular expression (JavaScript syntax, anchored at both ends) |",
      "| `maxLength` | the string has at most this many characters, or the array at most this many items |",
      "| `minimum`, `maximum` | the number is within the bound |",
      "",
      'A missing argument fails the condition (leaving `path` out must not get round a rule on `path`) unless the condition says `"optional": true`. A value of the wrong type fails. For an array, every item must pass, except `maxLength`, which counts the items. Use `pathWithin`, not `startsWith`, for folders; symbolic links are the server\'s to resolve.',
    ]),
    examples: [DOC_EXAMPLES.conditions],
  },
  {
    id: "servers",
    title: "Several servers",
    body: md([
      "A policy for one server keeps the shape above. A policy across servers puts each server's `hide`, `tools` and `all_tools` under `servers`, keyed by the server's name; it then has no top-level `hide` or `tools`. `default` applies to every server, a server the policy does not name included, and a top-level `all_tools` caps calls across all servers.",
      "",
      'Why a map and not `"server/tool"` keys: MCP tool names may contain `/`, so such keys would be ambiguous. Counters belong to their server: `search_rate` on two servers is two budgets.',
      "",
      "When selections are merged (by the generator or the policy builder) and one tool of one server is given two different rules, that is a conflict. The stricter rule wins: hide, then deny, then approval, then a limit (the lower rate; at an equal rate, the shorter window), then allow. Conflicts are reported, never resolved silently. A choice made in the builder replaces the recommendation for its tool.",
    ]),
    examples: [DOC_EXAMPLES.multiServer],
  },
  {
    id: "recommended",
    title: "The recommended rule for each risk",
    body: md([
      "| category / risk | rule |",
      "|---|---|",
      "| Read / Low | allow |",
      "| Read / Medium, Write / Medium | allow, 30 per minute |",
      "| Write / High, Execute / High | allow, 10 per minute |",
      "| Execute / Critical, Financial / Critical | approval |",
      "| Destructive / Critical | hide |",
      "",
      "Every policy denies by default. A pair outside the table is first raised to its category's base risk (Write starts at Medium, Execute at High, Financial at Critical), then follows its risk: Low allow, Medium 30 per minute, High 10 per minute, Critical approval. Every Destructive tool is hidden. Limits use the counter `<tool>_rate` and scope `grant`.",
      "",
      'A policy generated for one tool says only what it says about that tool: with `"default": "deny"`, the rest of the server is denied until its tools are added. Generate the policy for the whole server, or merge single-tool policies, to keep the rest of the server working.',
    ]),
    examples: [],
  },
  {
    id: "one-syntax",
    title: "One syntax",
    body: md([
      "Version 1 has one way to say each thing. Older syntax is an error, with a pointer to the version 1 way:",
      "",
      "| older | version 1 |",
      "|---|---|",
      '| a `rate_limit` block | `"limits": [{"counter": "<tool>_rate", "window": "minute", "max": 10, "scope": "grant"}]` |',
      '| `"window": 60` | `"window": "minute"` (also `"second"`, `"hour"`, `"day"`) |',
      '| `"action": "deny"` | put the tool in `hide`, or leave it out of `tools` under default deny |',
      '| `"reason"` | a condition\'s `message`; a hidden tool needs none |',
    ]),
    examples: [],
  },
  {
    id: "validation",
    title: "Checking a policy",
    body: md([
      "`npm run policy -- validate policy.json [--tools names.json | --server SLUG]` prints every problem with its JSON path (for example `/tools/foo/limits/0/window`) and exits non-zero on errors. Invalid JSON is reported with its line and column.",
      "",
      "**Errors:** anything the schema rejects (unknown keys, a bad window, a `max` below 1, an invalid `match`); a tool both hidden and listed; one counter with two settings; with `--tools` or `--server`, a tool name the server does not have (with a suggestion for near misses).",
      "",
      '**Warnings:** `default` `"allow"` that hides nothing; a tool hidden twice; a counter listed twice in one rule; an empty `servers`.',
      "",
      `The JSON Schema, generated from the same definition, is at \`${POLICY_SCHEMA_PATH}\`. It cannot check the cross-field rules above; the validator does.`,
    ]),
    examples: [],
  },
];

export const POLICY_DOCS: PolicyDocs = {
  title: "The policy.json format",
  intro:
    "A policy.json says, for every tool of an MCP server, whether an agent may call it: hidden, allowed, allowed within a rate, allowed after a person approves, or allowed only with certain arguments. It is deny by default: a tool the policy does not allow cannot be called.",
  sections: SECTIONS,
  exports: EXPORT_DOCS,
  schemaPath: POLICY_SCHEMA_PATH,
};
