import { describe, expect, it } from "vitest";
import { conditionHolds, isPathWithin, valueSatisfies } from "@/lib/policy/conditions";

describe("argument conditions", () => {
  it("startsWith is a plain text test", () => {
    expect(valueSatisfies({ startsWith: "/srv/data/" }, "/srv/data/x")).toBe(true);
    expect(valueSatisfies({ startsWith: "/srv/data/" }, "/srv/other")).toBe(false);
    expect(valueSatisfies({ startsWith: "/srv/data/" }, 5)).toBe(false);
  });

  it("pathWithin resolves . and .. before comparing, and rejects relative paths", () => {
    expect(isPathWithin("/srv/data", "/srv/data")).toBe(true);
    expect(isPathWithin("/srv/data/a/../b", "/srv/data/")).toBe(true);
    expect(isPathWithin("/srv/data/../secret", "/srv/data")).toBe(false);
    expect(isPathWithin("/srv/database", "/srv/data")).toBe(false);
    expect(isPathWithin("data/a", "/srv")).toBe(false);
    expect(isPathWithin("/anything", "/")).toBe(true);
  });

  it("in compares exact values of any JSON scalar type", () => {
    expect(valueSatisfies({ in: ["main", "dev", 3, true] }, "dev")).toBe(true);
    expect(valueSatisfies({ in: ["main", "dev", 3, true] }, 3)).toBe(true);
    expect(valueSatisfies({ in: ["main", "dev", 3, true] }, "3")).toBe(false);
  });

  it("match must match the whole value", () => {
    expect(valueSatisfies({ match: "[a-z]+" }, "abc")).toBe(true);
    expect(valueSatisfies({ match: "[a-z]+" }, "abc; rm -rf /")).toBe(false);
    expect(valueSatisfies({ match: "a|b" }, "ab")).toBe(false);
  });

  it("maxLength counts characters of a string and items of an array", () => {
    expect(valueSatisfies({ maxLength: 3 }, "abc")).toBe(true);
    expect(valueSatisfies({ maxLength: 3 }, "abcd")).toBe(false);
    expect(valueSatisfies({ maxLength: 2 }, [1, 2, 3])).toBe(false);
    expect(valueSatisfies({ maxLength: 2 }, 12)).toBe(false);
  });

  it("minimum and maximum bound numbers", () => {
    expect(valueSatisfies({ minimum: 1, maximum: 100 }, 100)).toBe(true);
    expect(valueSatisfies({ minimum: 1, maximum: 100 }, 0)).toBe(false);
    expect(valueSatisfies({ maximum: 100 }, "5")).toBe(false);
  });

  it("checks every item of an array and every operator given", () => {
    const must = { pathWithin: "/srv", maxLength: 2 };
    expect(valueSatisfies(must, ["/srv/a", "/srv/b"])).toBe(true);
    expect(valueSatisfies(must, ["/srv/a", "/etc/b"])).toBe(false);
    expect(valueSatisfies(must, ["/srv/a", "/srv/b", "/srv/c"])).toBe(false);
  });

  it("fails a missing argument unless the condition is optional", () => {
    const condition = { argument: "path", must: { startsWith: "/srv/" }, message: "m" };
    expect(conditionHolds(condition, {})).toBe(false);
    expect(conditionHolds({ ...condition, optional: true }, {})).toBe(true);
    expect(conditionHolds({ ...condition, optional: true }, { path: "/etc" })).toBe(false);
  });
});
