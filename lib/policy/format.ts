import type { Condition, Limit, Policy, Section, ToolRule } from "@/lib/policy/schema";

/**
 * The canonical text of a policy: fixed key order (the order the seed pages use), tool and server
 * names sorted, `hide` sorted and de-duplicated, empty parts left out, two-space indent and a
 * trailing newline. Arrays whose order means something (limits, conditions) keep their order.
 * Same policy, same bytes: policies can be diffed, cached and compared in tests.
 */
export function formatPolicy(policy: Policy): string {
  return `${JSON.stringify(canonicalPolicy(policy), null, 2)}\n`;
}

export function canonicalPolicy(policy: Policy): Policy {
  const servers = policy.servers
    ? Object.fromEntries(sortedEntries(policy.servers).map(([name, section]) => [name, canonicalSection(section)]))
    : undefined;
  return withoutUndefined({
    $schema: policy.$schema,
    version: policy.version,
    default: policy.default,
    ...canonicalSection(policy),
    servers,
  });
}

function canonicalSection(section: Section): Section {
  const hide = section.hide?.length ? [...new Set(section.hide)].sort(compareText) : undefined;
  const tools =
    section.tools && Object.keys(section.tools).length
      ? Object.fromEntries(sortedEntries(section.tools).map(([name, rule]) => [name, canonicalRule(rule)]))
      : undefined;
  const allTools = section.all_tools?.limits.length
    ? { limits: section.all_tools.limits.map(canonicalLimit) }
    : undefined;
  return withoutUndefined({ hide, tools, all_tools: allTools });
}

function canonicalRule(rule: ToolRule): ToolRule {
  return withoutUndefined({
    limits: rule.limits?.length ? rule.limits.map(canonicalLimit) : undefined,
    approval: rule.approval,
    conditions: rule.conditions?.length ? rule.conditions.map(canonicalCondition) : undefined,
  });
}

function canonicalLimit(limit: Limit): Limit {
  return { counter: limit.counter, window: limit.window, max: limit.max, scope: limit.scope };
}

function canonicalCondition(condition: Condition): Condition {
  const must = Object.fromEntries(
    sortedEntries(condition.must).filter(([, value]) => value !== undefined),
  ) as Condition["must"];
  return withoutUndefined({
    argument: condition.argument,
    must,
    message: condition.message,
    optional: condition.optional,
  });
}

/** Code-point order, so the result does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => compareText(a, b));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
