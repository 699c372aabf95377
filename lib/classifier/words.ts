/**
 * Splitting names and text into lower-case words. Tool names come as camelCase, PascalCase,
 * snake_case, kebab-case, dotted or mixed ("TwilioApiV2010--CreateAccount"), so all are handled.
 */

const LOWER_THEN_UPPER = /([a-z0-9])([A-Z])/g;
const ACRONYM_THEN_WORD = /([A-Z]+)([A-Z][a-z])/g;
const NOT_ALPHANUMERIC = /[^A-Za-z0-9]+/;

// Names recur (every tool is also a sibling of the others), so splits are remembered; bounded.
const splitCache = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 50_000;

/** "browser_navigateBack" → ["browser", "navigate", "back"]; "VPS_startVMV1" → ["vps", "start", "vm", "v1"]. */
export function splitIdentifier(identifier: string): readonly string[] {
  let words = splitCache.get(identifier);
  if (!words) {
    words = split(identifier);
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(identifier, words);
  }
  return words;
}

function split(identifier: string): string[] {
  const spaced = identifier.replace(LOWER_THEN_UPPER, "$1 $2").replace(ACRONYM_THEN_WORD, "$1 $2");
  const words: string[] = [];
  for (const part of spaced.split(NOT_ALPHANUMERIC)) {
    if (part) words.push(part.toLowerCase());
  }
  return words;
}

const TEXT_WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

/** Lower-case words of prose, keeping "read-only" and "don't" whole. */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(TEXT_WORD) ?? [];
}

const SENTENCE_END = /(?<=[.!?])\s+|\n\s*\n/;

/** The first sentence of a description (descriptions often start with the one that matters). */
export function firstSentences(text: string, count: number): string {
  return text.trim().split(SENTENCE_END, count).join(" ");
}
