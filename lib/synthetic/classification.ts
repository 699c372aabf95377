import type { Random } from "@/lib/synthetic/prng";
import { SENSITIVE_NOUNS, type Verb } from "@/lib/synthetic/vocabulary";
import { spaced } from "@/lib/synthetic/words";
import { type Category, RISKS, type Risk, riskRank } from "@/lib/taxonomy";
import type { ToolAnnotations } from "@/lib/tool-definition";

export const SYNTHETIC_CLASSIFIER = { name: "synthetic", version: "1" } as const;

export type SyntheticEvidence = { source: string; field: string; text: string; signal: string };

export type SyntheticClassification = {
  category: Category;
  risk: Risk;
  confidence: number;
  rationale: string;
  evidence: SyntheticEvidence[];
};

type Input = { verb: Verb; noun: string; name: string; signalSentence: string; annotations?: ToolAnnotations };

/**
 * What a rules classifier would say about a generated tool: the verb decides the category, a
 * sensitive noun raises the risk one level, and a little noise keeps the distribution realistic.
 */
export function classifySyntheticTool(input: Input, random: Random): SyntheticClassification {
  const { verb, noun, annotations } = input;
  let rank = riskRank(verb.risk) + (SENSITIVE_NOUNS.has(noun) ? 1 : 0);
  if (random.chance(0.08)) rank += random.chance(0.5) ? 1 : -1;
  const risk = RISKS[Math.max(0, Math.min(RISKS.length - 1, rank))] ?? verb.risk;

  const evidence: SyntheticEvidence[] = [
    { source: "name", field: "name", text: input.name, signal: `${verb.category.toLowerCase()} verb "${verb.word}"` },
    {
      source: "description",
      field: "description",
      text: input.signalSentence,
      signal: `${verb.category.toLowerCase()} wording`,
    },
  ];
  if (annotations?.destructiveHint !== undefined || annotations?.readOnlyHint !== undefined) {
    const field = annotations.destructiveHint !== undefined ? "destructiveHint" : "readOnlyHint";
    evidence.push({ source: "annotations", field, text: String(annotations[field]), signal: "declared hint" });
  }
  if (SENSITIVE_NOUNS.has(noun)) {
    evidence.push({ source: "name", field: "name", text: noun, signal: "sensitive object" });
  }
  const confidence = Math.round((0.6 + random.next() * 0.39) * 100) / 100;
  const rationale =
    `The name starts with "${verb.word}" and the description says "${input.signalSentence}", so the tool is ${verb.category}. ` +
    `It acts on ${spaced(noun)}${SENSITIVE_NOUNS.has(noun) ? ", which is sensitive," : ""} so the risk is ${risk}.`;
  return { category: verb.category, risk, confidence, rationale, evidence };
}
