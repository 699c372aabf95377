import type { Random } from "@/lib/synthetic/prng";
import { SCOPES, type Verb } from "@/lib/synthetic/vocabulary";
import { pluralise, spaced, thirdPerson } from "@/lib/synthetic/words";
import type { Category } from "@/lib/taxonomy";

/** Sentences that carry each category's signal: the evidence quotes one of them. */
const SIGNAL_SENTENCES: Record<Category, readonly string[]> = {
  Read: [
    "Read-only: nothing is changed.",
    "Results are paginated; pass the cursor from the previous call.",
    "Returns at most 100 items per call.",
  ],
  Write: [
    "Changes are visible to other members immediately.",
    "Existing values are overwritten.",
    "The new item is created in the default workspace.",
  ],
  Execute: [
    "Runs with the permissions of the configured account.",
    "Starts a run and returns its ID; output is streamed when it finishes.",
    "Executes arbitrary commands on the target.",
  ],
  Destructive: [
    "This cannot be undone.",
    "All associated data is permanently removed.",
    "Deleted items are not recoverable.",
  ],
  Financial: [
    "The card on file is charged immediately.",
    "Moves money between accounts.",
    "Amounts are in the smallest currency unit (e.g. cents); money leaves the account.",
  ],
};

const EXTRA_SENTENCES: readonly string[] = [
  "Rate limited to 60 requests per minute.",
  "Use the list tool first to find IDs.",
  "Fails if the caller lacks access.",
  "Timestamps are ISO 8601 in UTC.",
  "Large responses are truncated.",
];

export type ToolText = { description: string; signalSentence: string };

/** A one-to-three sentence description: what it does, the sentence carrying its category, sometimes a note. */
export function describeTool(verb: Verb, noun: string, product: string, random: Random): ToolText {
  const object = verb.plural ? pluralise(spaced(noun)) : `${/^[aeio]/.test(noun) ? "an" : "a"} ${spaced(noun)}`;
  const opening = `${thirdPerson(verb.word)} ${object} in ${product}.`;
  const signalSentence = random.pick(SIGNAL_SENTENCES[verb.category]);
  const parts = [opening, signalSentence];
  if (random.chance(0.35)) parts.push(`Requires the ${random.pick(SCOPES)} scope.`);
  if (random.chance(0.3)) parts.push(random.pick(EXTRA_SENTENCES));
  return { description: parts.join(" "), signalSentence };
}
