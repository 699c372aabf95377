import { describe, expect, it } from "vitest";
import { classifyByAnnotations, classifyByNameKeywords } from "./baselines";
import { evaluate, type Label, type Prediction } from "./evaluate";
import { makeTool } from "./test-helpers";

const label = (tool: string, category: Label["category"], risk: Label["risk"]): Label => ({
  server: "s",
  tool,
  category,
  risk,
});
const guess = (tool: string, category: Prediction["category"], risk: Prediction["risk"]): Prediction => ({
  server: "s",
  tool,
  category,
  risk,
});

describe("evaluate", () => {
  it("scores accuracy, precision, recall, confusion and dangerous misses", () => {
    const report = evaluate(
      [
        label("a", "Read", "Low"),
        label("b", "Destructive", "Critical"),
        label("c", "Write", "Medium"),
        label("d", "Execute", "High"),
      ],
      [
        guess("a", "Read", "Low"),
        guess("b", "Write", "Medium"),
        guess("c", "Write", "High"),
        guess("d", "Execute", "High"),
      ],
    );
    expect(report.categoryAccuracy).toBe(0.75);
    expect(report.riskAccuracy).toBe(0.5);
    expect(report.confusion.Destructive.Write).toBe(1);
    expect(report.dangerousMisses).toEqual({ count: 1, rate: 0.25, tools: ["s:b"] });
    const write = report.perCategory.find((row) => row.category === "Write");
    expect(write).toEqual({ category: "Write", precision: 0.5, recall: 1, support: 1 });
    expect(report.errors.map((e) => e.tool)).toEqual(["b", "c"]);
  });
});

describe("baselines", () => {
  it("annotations-only believes the hints, with spec defaults when absent", () => {
    expect(classifyByAnnotations(makeTool("x", { annotations: { readOnlyHint: true } })).category).toBe("Read");
    expect(classifyByAnnotations(makeTool("x")).category).toBe("Destructive");
    expect(classifyByAnnotations(makeTool("x", { annotations: { destructiveHint: false } })).category).toBe("Write");
  });
  it("name-keywords takes the worst keyword", () => {
    expect(classifyByNameKeywords(makeTool("get_or_delete")).category).toBe("Destructive");
    expect(classifyByNameKeywords(makeTool("whatever")).category).toBe("Read");
  });
});
