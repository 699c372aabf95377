/** Where a JSON text stops being valid, as a person counts it (line and column from 1). */
export type JsonSyntaxError = { message: string; offset: number; line: number; column: number };

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses JSON; on failure says where and what, with line and column. JSON.parse's own messages
 * differ across Node versions and often give no position, so a small scanner finds the place.
 */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = findSyntaxError(text) ?? { offset: text.length, message: "invalid JSON" };
    return { ok: false, error: { ...found, ...lineAndColumn(text, found.offset) } };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

type Found = { offset: number; message: string };

/** A recursive-descent reader of RFC 8259 JSON that stops at the first error. */
function findSyntaxError(text: string): Found | undefined {
  let at = 0;
  const fail = (message: string): Found => ({ offset: at, message });
  const describe = () => (at >= text.length ? "the text ends" : `found ${JSON.stringify(text[at])}`);
  const skipSpace = () => {
    while (at < text.length && " \t\n\r".includes(text[at] ?? "")) at++;
  };
  const literal = (word: string): Found | undefined => {
    if (text.startsWith(word, at)) {
      at += word.length;
      return undefined;
    }
    return fail(`expected a value, ${describe()}`);
  };
  const string = (): Found | undefined => {
    at++;
    while (at < text.length) {
      const char = text[at] ?? "";
      if (char === '"') {
        at++;
        return undefined;
      }
      if (char < " ") return fail("a control character (such as a line break) inside a string must be escaped");
      if (char === "\\") {
        const escaped = text[at + 1] ?? "";
        if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
        else if ('"\\/bfnrt'.includes(escaped) && escaped !== "") at += 2;
        else return fail("invalid escape in a string");
      } else at++;
    }
    return fail('a string is not closed (missing ")');
  };
  const number = (): Found | undefined => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match?.[0]) return fail(`expected a value, ${describe()}`);
    at += match[0].length;
    return undefined;
  };
  const sequence = (close: "]" | "}", item: () => Found | undefined): Found | undefined => {
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return undefined;
    }
    for (;;) {
      const error = item();
      if (error) return error;
      skipSpace();
      if (text[at] === ",") {
        const comma = at;
        at++;
        skipSpace();
        if (text[at] === close)
          return { offset: comma, message: `a trailing comma before "${close}" is not allowed in JSON` };
        continue;
      }
      if (text[at] === close) {
        at++;
        return undefined;
      }
      return fail(`expected "," or "${close}", ${describe()}`);
    }
  };
  const member = (): Found | undefined => {
    skipSpace();
    if (text[at] !== '"') return fail(`expected a property name in double quotes, ${describe()}`);
    const error = string();
    if (error) return error;
    skipSpace();
    if (text[at] !== ":") return fail(`expected ":" after the property name, ${describe()}`);
    at++;
    return value();
  };
  const value = (): Found | undefined => {
    skipSpace();
    const char = text[at];
    if (char === "{") return sequence("}", member);
    if (char === "[") return sequence("]", value);
    if (char === '"') return string();
    if (char === "t") return literal("true");
    if (char === "f") return literal("false");
    if (char === "n") return literal("null");
    return number();
  };
  const error = value();
  if (error) return error;
  skipSpace();
  return at < text.length ? fail(`unexpected text after the JSON value, ${describe()}`) : undefined;
}
