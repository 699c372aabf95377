import { parseJsonText } from "@/lib/policy/json-text";
import { type Limit, type Policy, PolicySchema } from "@/lib/policy/schema";
import { type PolicyProblem, problemsFromIssues } from "@/lib/policy/schema-issues";
import { type PlacedSection, pointerToken, sectionsOf } from "@/lib/policy/sections";

export type { PolicyProblem, Severity } from "@/lib/policy/schema-issues";

/** A server's tool names: one list for a single-server policy, or a list per server name. */
export type KnownTools = readonly string[] | Readonly<Record<string, readonly string[]>>;

export type ValidateOptions = { knownTools?: KnownTools };

/** `valid` is false when there is any error; warnings alone leave a policy valid. */
export type PolicyValidation = { valid: boolean; policy: Policy | undefined; problems: PolicyProblem[] };

/** Validates the text of a policy.json, reporting a JSON syntax error with its line and column. */
export function validatePolicyText(text: string, options: ValidateOptions = {}): PolicyValidation {
  const parsed = parseJsonText(text);
  if (parsed.ok) return validatePolicy(parsed.value, options);
  const { line, column, message } = parsed.error;
  return {
    valid: false,
    policy: undefined,
    problems: [
      {
        severity: "error",
        path: "",
        code: "invalid_json",
        message: `not valid JSON at line ${line}, column ${column}: ${message}`,
      },
    ],
  };
}

/**
 * Every problem of a parsed policy.json, each with its JSON path: schema errors first, then the
 * checks the schema cannot make (a tool both hidden and listed, one counter with two settings,
 * tool names the server does not have, a default "allow" that hides nothing).
 */
export function validatePolicy(json: unknown, options: ValidateOptions = {}): PolicyValidation {
  const parsed = PolicySchema.safeParse(json);
  if (!parsed.success) {
    return { valid: false, policy: undefined, problems: sortProblems(problemsFromIssues(parsed.error.issues, json)) };
  }
  const policy = parsed.data;
  const problems = [...checkSections(policy, options.knownTools), ...checkDefault(policy)];
  return {
    valid: !problems.some((problem) => problem.severity === "error"),
    policy,
    problems: sortProblems(problems),
  };
}

function checkSections(policy: Policy, knownTools: KnownTools | undefined): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const placed of sectionsOf(policy)) {
    problems.push(...checkHidden(placed), ...checkCounters(placed));
    const known = knownFor(knownTools, placed.server);
    if (known) problems.push(...checkNames(placed, known));
  }
  if (policy.servers)
    problems.push(...checkCounters({ server: undefined, path: "", section: { all_tools: policy.all_tools } }));
  if (policy.servers && Object.keys(policy.servers).length === 0) {
    problems.push(warning("/servers", "no_servers", '"servers" is empty: every call is decided by "default"'));
  }
  return problems;
}

function checkHidden({ path, section }: PlacedSection): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  (section.hide ?? []).forEach((tool, index) => {
    if (seen.has(tool)) {
      problems.push(warning(`${path}/hide/${index}`, "duplicate_hide", `"${tool}" is hidden twice`));
      return;
    }
    seen.add(tool);
    if (section.tools && Object.hasOwn(section.tools, tool)) {
      problems.push(
        error(
          `${path}/tools/${pointerToken(tool)}`,
          "hidden_and_allowed",
          `"${tool}" is both hidden and listed under tools; a hidden tool is always denied, so this rule never applies. Remove it from one of the two.`,
        ),
      );
    }
  });
  return problems;
}

/** A counter is one budget: every limit naming it in a section must agree on its settings. */
function checkCounters({ path, section }: PlacedSection): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const first = new Map<string, { limit: Limit; path: string }>();
  const places: { limits: Limit[]; path: string }[] = [
    ...Object.entries(section.tools ?? {}).map(([tool, rule]) => ({
      limits: rule.limits ?? [],
      path: `${path}/tools/${pointerToken(tool)}/limits`,
    })),
    { limits: section.all_tools?.limits ?? [], path: `${path}/all_tools/limits` },
  ];
  for (const place of places) {
    const inThisRule = new Set<string>();
    place.limits.forEach((limit, index) => {
      const here = `${place.path}/${index}`;
      const earlier = first.get(limit.counter);
      if (earlier && !sameSettings(earlier.limit, limit)) {
        problems.push(
          error(
            here,
            "counter_conflict",
            `counter "${limit.counter}" is declared at ${earlier.path} as ${settings(earlier.limit)} but here as ${settings(limit)}; one counter is one budget, so give it one setting or another name`,
          ),
        );
      } else if (inThisRule.has(limit.counter)) {
        problems.push(
          warning(
            here,
            "duplicate_counter",
            `counter "${limit.counter}" is listed twice in this rule; it counts once per call`,
          ),
        );
      }
      if (!earlier) first.set(limit.counter, { limit, path: here });
      inThisRule.add(limit.counter);
    });
  }
  return problems;
}

function checkNames({ path, section }: PlacedSection, known: readonly string[]): PolicyProblem[] {
  const knownSet = new Set(known);
  const unknown = (tool: string, at: string): PolicyProblem =>
    error(at, "unknown_tool", `the server has no tool "${tool}"${suggestion(tool, known)}`);
  return [
    ...(section.hide ?? []).flatMap((tool, index) =>
      knownSet.has(tool) ? [] : [unknown(tool, `${path}/hide/${index}`)],
    ),
    ...Object.keys(section.tools ?? {}).flatMap((tool) =>
      knownSet.has(tool) ? [] : [unknown(tool, `${path}/tools/${pointerToken(tool)}`)],
    ),
  ];
}

function checkDefault(policy: Policy): PolicyProblem[] {
  if (policy.default !== "allow") return [];
  const hidesSomething = sectionsOf(policy).some(({ section }) => (section.hide ?? []).length > 0);
  return hidesSomething
    ? []
    : [
        warning(
          "/default",
          "allow_without_hide",
          'default "allow" hides nothing: every tool of the server can be called, including destructive ones. Deny by default, or hide the dangerous tools.',
        ),
      ];
}

function knownFor(knownTools: KnownTools | undefined, server: string | undefined): readonly string[] | undefined {
  if (!knownTools) return undefined;
  if (isList(knownTools)) return knownTools;
  return server === undefined ? undefined : knownTools[server];
}

function isList(knownTools: KnownTools): knownTools is readonly string[] {
  return Array.isArray(knownTools);
}

/** A close name that differs only in case or in "-" versus "_", the usual typo. */
function suggestion(tool: string, known: readonly string[]): string {
  const fold = (name: string) => name.toLowerCase().replaceAll("-", "_");
  const close = known.find((name) => fold(name) === fold(tool));
  return close ? ` (did you mean "${close}"?)` : "";
}

function sameSettings(a: Limit, b: Limit): boolean {
  return a.window === b.window && a.max === b.max && a.scope === b.scope;
}

function settings(limit: Limit): string {
  return `${limit.max} per ${limit.window}, scope ${limit.scope}`;
}

function error(path: string, code: string, message: string): PolicyProblem {
  return { severity: "error", path, code, message };
}

function warning(path: string, code: string, message: string): PolicyProblem {
  return { severity: "warning", path, code, message };
}

function sortProblems(problems: PolicyProblem[]): PolicyProblem[] {
  return [...problems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
