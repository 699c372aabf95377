import type { Random } from "@/lib/synthetic/prng";

/** How a server spells its tool names; real servers mix all of these (create_issue, createIssue, list-files). */
export const NAME_STYLES = ["snake", "camel", "kebab"] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

export function pickNameStyle(random: Random): NameStyle {
  const roll = random.next();
  return roll < 0.55 ? "snake" : roll < 0.82 ? "camel" : "kebab";
}

export function pluralise(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Joins words (each possibly snake_case already) in the server's style. */
export function styleName(words: string[], style: NameStyle): string {
  const parts = words.flatMap((word) => word.split("_"));
  if (style === "snake") return parts.join("_");
  if (style === "kebab") return parts.join("-");
  return parts.map((part, i) => (i === 0 ? part : capitalise(part))).join("");
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "pull_request" → "pull request". */
export function spaced(word: string): string {
  return word.replaceAll("_", " ");
}

export function titleCase(words: string[]): string {
  return words
    .flatMap((word) => word.split("_"))
    .map(capitalise)
    .join(" ");
}

/** "get" → "Gets", "search" → "Searches", "pay" → "Pays": the verb as a description opens with it. */
export function thirdPerson(verb: string): string {
  if (/(s|x|ch|sh)$/.test(verb)) return `${capitalise(verb)}es`;
  if (/[^aeiou]y$/.test(verb)) return `${capitalise(verb.slice(0, -1))}ies`;
  return `${capitalise(verb)}s`;
}
