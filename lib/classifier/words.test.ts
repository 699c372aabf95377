import { describe, expect, it } from "vitest";
import { firstSentences, splitIdentifier, textWords } from "./words";

describe("splitIdentifier", () => {
  it.each([
    ["get_file_contents", ["get", "file", "contents"]],
    ["get-annotated-message", ["get", "annotated", "message"]],
    ["getConsoleLogs", ["get", "console", "logs"]],
    ["TwilioApiV2010--CreateAccount", ["twilio", "api", "v2010", "create", "account"]],
    ["VPS_createPostInstallScriptV1", ["vps", "create", "post", "install", "script", "v1"]],
    ["runSEOAudit", ["run", "seo", "audit"]],
    ["storage.blob.get", ["storage", "blob", "get"]],
    [
      "foundryextensions_openai_chat-completions-create",
      ["foundryextensions", "openai", "chat", "completions", "create"],
    ],
  ])("%s", (name, words) => {
    expect(splitIdentifier(name)).toEqual(words);
  });
});

describe("textWords and firstSentences", () => {
  it("keeps hyphenated words whole", () => {
    expect(textWords("Run a read-only SQL query")).toEqual(["run", "a", "read-only", "sql", "query"]);
  });
  it("takes the first sentences", () => {
    expect(firstSentences("Deletes a branch. Cannot be undone. Third.", 2)).toBe("Deletes a branch. Cannot be undone.");
  });
});
