import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { RUBRIC_TEXT } from "./rubric-text";

// The shared rubric sits beside the repository (../shared) locally and in CI.
const sharedRubric = path.resolve(import.meta.dirname, "../../../shared/classifier/RUBRIC.md");

it.skipIf(!existsSync(sharedRubric))("the embedded rubric is the shared RUBRIC.md, word for word", () => {
  expect(RUBRIC_TEXT).toBe(readFileSync(sharedRubric, "utf8"));
});

it("the embedded rubric states the precedence and the risk table", () => {
  expect(RUBRIC_TEXT).toContain("Financial > Destructive > Execute > Write > Read");
  expect(RUBRIC_TEXT).toContain("| Execute | High | **Critical** when");
});
