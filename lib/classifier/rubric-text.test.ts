import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { RUBRIC_TEXT } from "./rubric-text";

it("the embedded rubric is the RUBRIC.md copy beside it", () => {
  expect(RUBRIC_TEXT).toBe(readFileSync(path.join(import.meta.dirname, "RUBRIC.md"), "utf8"));
});
