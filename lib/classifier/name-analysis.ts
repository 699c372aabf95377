import type { VerbSense } from "./lexicon";
import { NAME_NOISE } from "./lexicon";
import type { ServerProfile } from "./server-profile";
import { verbSense } from "./verbs";
import { splitIdentifier } from "./words";

export type NameVerb = { word: string; sense: VerbSense };

/** A tool name read as "verb + objects": `asana_delete_task` → verb delete, objects [task]. */
export type NameAnalysis = {
  words: readonly string[];
  /** The action the name states, if any, and any joined to it by "and"/"or" ("create_or_update"). */
  verbs: NameVerb[];
  /** The other meaningful words, in order: what the action applies to. */
  objects: string[];
};

/** "place" is a verb only before what is placed: "place_order", not "maps_place_details". */
function contextualVerb(word: string, next: string | undefined): VerbSense | undefined {
  if (word === "place" && next && PLACED_THINGS.has(next)) return { category: "Write", ambiguous: false };
  return undefined;
}
const PLACED_THINGS = new Set(["order", "orders", "trade", "trades", "bet", "bid"]);

const CONJUNCTIONS = new Set(["and", "or", "then"]);

export function analyseName(name: string, profile: ServerProfile): NameAnalysis {
  const words = splitIdentifier(name);
  const meaningful = words.filter((word) => !NAME_NOISE.test(word));
  const candidates: { index: number; verb: NameVerb }[] = [];
  meaningful.forEach((word, index) => {
    const sense = verbSense(word, profile.drivesBrowser) ?? contextualVerb(word, meaningful[index + 1]);
    if (sense) candidates.push({ index, verb: { word, sense } });
  });
  // A plain verb beats a word that is also a noun: in `deploy_app_logs_get` the action is "get",
  // in `browser_route_list` it is "list". With only noun-like verbs, the first one is the action.
  const primary = candidates.find((candidate) => !candidate.verb.sense.ambiguous) ?? candidates[0];
  // A leading namespace ("hubspot-", "browser_") says where, not what.
  const isNamespace = (word: string, index: number) => index === 0 && profile.prefixWords.has(word);
  if (!primary) return { words, verbs: [], objects: meaningful.filter((word, index) => !isNamespace(word, index)) };

  const chosen = new Set([primary.index]);
  for (const candidate of candidates) {
    const between = meaningful.slice(
      Math.min(candidate.index, primary.index) + 1,
      Math.max(candidate.index, primary.index),
    );
    if (between.length === 1 && CONJUNCTIONS.has(between[0] ?? "")) chosen.add(candidate.index);
  }
  const verbs = candidates.filter((candidate) => chosen.has(candidate.index)).map((candidate) => candidate.verb);
  const objects = meaningful.filter(
    (word, index) => !chosen.has(index) && !CONJUNCTIONS.has(word) && !isNamespace(word, index),
  );
  return { words, verbs, objects };
}
