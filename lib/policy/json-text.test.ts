import { describe, expect, it } from "vitest";
import { parseJsonText } from "@/lib/policy/json-text";

const errorOf = (text: string) => {
  const result = parseJsonText(text);
  return result.ok ? undefined : result.error;
};

describe("parseJsonText", () => {
  it("parses valid JSON", () => {
    expect(parseJsonText('{"a": [1, 2.5e3, "x\\n", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, "x\n", true, null] },
    });
  });

  it("locates common mistakes by line and column", () => {
    expect(errorOf("{\n  'version': 1\n}")).toMatchObject({
      line: 2,
      column: 3,
      message: expect.stringContaining("double quotes"),
    });
    expect(errorOf('{"a": 1 "b": 2}')).toMatchObject({
      line: 1,
      column: 9,
      message: 'expected "," or "}", found "\\""',
    });
    expect(errorOf('{"a": [1, 2]')).toMatchObject({
      line: 1,
      column: 13,
      message: 'expected "," or "}", the text ends',
    });
    expect(errorOf('{"a": tru}')).toMatchObject({ line: 1, column: 7 });
    expect(errorOf('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12 });
    expect(errorOf("")).toMatchObject({ line: 1, column: 1 });
    expect(errorOf("{} x")).toMatchObject({
      line: 1,
      column: 4,
      message: expect.stringContaining("after the JSON value"),
    });
  });
});
