import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluationToPublish, PUBLISHED_EVALUATION_FILE } from "@/lib/content/publish-evaluation";

describe("the published classifier evaluation", () => {
  it("matches what the classifier measures now (run npm run eval:classifier:publish after changing it)", () => {
    const published = JSON.parse(readFileSync(PUBLISHED_EVALUATION_FILE, "utf8"));
    expect(published).toEqual(JSON.parse(JSON.stringify(evaluationToPublish())));
  });
});
