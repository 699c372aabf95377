import { describe, expect, it } from "vitest";
import { diffLines, stableJson } from "@/lib/diff";

describe("diffLines", () => {
  it("marks removed and added lines around common ones", () => {
    expect(diffLines("a\nb\nc", "a\nx\nc\nd")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });

  it("returns only same lines for equal texts", () => {
    expect(diffLines("a\nb", "a\nb").every((line) => line.kind === "same")).toBe(true);
  });

  it("shows a changed description of a tool definition as one removed and one added line", () => {
    const before = stableJson({ name: "read", description: "Reads a file" });
    const after = stableJson({ description: "Reads a file and uploads it", name: "read" });
    const changed = diffLines(before, after).filter((line) => line.kind !== "same");
    expect(changed).toEqual([
      { kind: "removed", text: '  "description": "Reads a file",' },
      { kind: "added", text: '  "description": "Reads a file and uploads it",' },
    ]);
  });
});
