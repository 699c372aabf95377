import type { Condition, Must } from "@/lib/policy/schema";

/**
 * The first condition a call's arguments fail, or undefined when all hold. Conditions are
 * checked in the order written, so the first failing one gives the message.
 *
 * A missing argument fails unless the condition says `optional: true` (a restriction on `path`
 * must not be side-stepped by leaving `path` out). A value of the wrong type fails. For an array
 * value, every item must pass each operator, except `maxLength`, which counts the items.
 */
export function firstFailedCondition(
  conditions: readonly Condition[],
  args: Readonly<Record<string, unknown>>,
): Condition | undefined {
  return conditions.find((condition) => !conditionHolds(condition, args));
}

export function conditionHolds(condition: Condition, args: Readonly<Record<string, unknown>>): boolean {
  const present = Object.hasOwn(args, condition.argument) && args[condition.argument] !== undefined;
  if (!present) return condition.optional === true;
  return valueSatisfies(condition.must, args[condition.argument]);
}

export function valueSatisfies(must: Must, value: unknown): boolean {
  if (must.maxLength !== undefined && !withinLength(value, must.maxLength)) return false;
  const items = Array.isArray(value) ? value : [value];
  return items.every((item) => itemSatisfies(must, item));
}

function withinLength(value: unknown, maxLength: number): boolean {
  if (typeof value === "string") return [...value].length <= maxLength;
  if (Array.isArray(value)) return value.length <= maxLength;
  return false;
}

function itemSatisfies(must: Must, item: unknown): boolean {
  if (must.in !== undefined && !must.in.some((allowed) => allowed === item)) return false;
  if (must.minimum !== undefined && !(typeof item === "number" && item >= must.minimum)) return false;
  if (must.maximum !== undefined && !(typeof item === "number" && item <= must.maximum)) return false;
  const needsString = must.startsWith !== undefined || must.pathWithin !== undefined || must.match !== undefined;
  if (!needsString) return true;
  if (typeof item !== "string") return false;
  if (must.startsWith !== undefined && !item.startsWith(must.startsWith)) return false;
  if (must.pathWithin !== undefined && !isPathWithin(item, must.pathWithin)) return false;
  if (must.match !== undefined && !matchesWhole(item, must.match)) return false;
  return true;
}

/**
 * True when `path`, with its . and .. segments resolved, is `folder` or inside it. A relative
 * path fails: the server would resolve it against a working directory the policy cannot see.
 * Symbolic links are the server's to resolve; a policy cannot see the file system.
 */
export function isPathWithin(path: string, folder: string): boolean {
  if (!path.startsWith("/") || path.includes("\0")) return false;
  const resolved = resolveSegments(path);
  const root = resolveSegments(folder);
  return resolved === root || resolved.startsWith(root === "/" ? "/" : `${root}/`);
}

/** An absolute path with ".", ".." and empty segments resolved (what path.posix.resolve does, without Node). */
export function resolveSegments(path: string): string {
  const kept: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") kept.pop();
    else kept.push(segment);
  }
  return `/${kept.join("/")}`;
}

const compiled = new Map<string, RegExp>();

/** `match` is anchored at both ends: the whole value must match, not a part of it. */
function matchesWhole(value: string, pattern: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, "u");
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}
