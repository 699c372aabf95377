import type { Category } from "@/lib/taxonomy";
import { BROWSER_ONLY_VERBS, BROWSER_VERBS, VERBS, type VerbSense } from "./lexicon";

/** The sense of a word as a verb, or undefined; browser-only verbs count only on browser servers. */
export function verbSense(word: string, drivesBrowser: boolean): VerbSense | undefined {
  if (drivesBrowser) {
    const browserCategory: Category | undefined = BROWSER_VERBS.get(word);
    if (browserCategory) return { category: browserCategory, ambiguous: false };
  } else if (BROWSER_ONLY_VERBS.has(word)) {
    return undefined;
  }
  return VERBS.get(word);
}

/** Like verbSense, for prose: "deletes", "lists", "identifies" are looked up as "delete", "list", "identify". */
export function proseVerb(word: string, drivesBrowser: boolean): { lemma: string; sense: VerbSense } | undefined {
  for (const lemma of lemmas(word)) {
    const sense = verbSense(lemma, drivesBrowser);
    if (sense) return { lemma, sense };
  }
  return undefined;
}

function lemmas(word: string): string[] {
  const forms = [word];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s")) forms.push(word.slice(0, -1));
  return forms;
}
