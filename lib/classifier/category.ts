import { type Category, categoryRank } from "@/lib/taxonomy";
import {
  CACHE_NOUNS,
  DEPLOYMENT_NOUNS,
  DISCOUNT_NOUNS,
  FINANCIAL_ACT_VERBS,
  FINANCIAL_NOUNS,
  INSPECTION_NOUNS,
  LEDGER_NOUNS,
  NON_FINANCIAL_HEADS,
  RUN_NOUNS,
  SESSION_NOUNS,
  type VerbSense,
} from "./lexicon";
import type { Evidence } from "./schema";
import { evidence, type ToolSignals } from "./signals";

/** A verb read together with its objects: "delete" + "invoice" is Financial, "run" + "audit" is Read. */
export type VerbReading = { category: Category; why: string };

const SESSION_VERBS = new Set(["start", "open", "end", "close", "stop", "create"]);
const INSPECTION_VERBS = new Set(["run", "perform", "execute", "create", "generate", "start"]);
const CACHE_VERBS = new Set(["clear", "flush", "reset", "purge", "invalidate"]);
const DEPLOYMENT_VERBS = new Set(["apply", "complete", "run", "perform", "prepare", "start", "execute"]);
const ORDER_VERBS = new Set(["create", "place", "submit", "cancel"]);
const MODEL_VERBS = new Set(["create", "generate", "call", "invoke", "run", "complete", "execute"]);
const NON_MONEY_TRANSFERS = new Set(["ownership", "owner", "file", "files", "domain", "project", "repository", "call"]);

export function readVerb(
  verb: string,
  sense: VerbSense,
  objects: readonly string[],
  s: ToolSignals,
  /** Nouns from "*type" enums: what else a generic tool may act on; only for money. */
  otherObjects: readonly string[] = [],
): VerbReading {
  const has = (set: ReadonlySet<string>) => objects.some((word) => set.has(word));
  const financialNoun = findFinancialNoun(objects) ?? findFinancialNoun(otherObjects);
  const base = sense.category;
  if (INSPECTION_VERBS.has(verb) && has(INSPECTION_NOUNS))
    return { category: "Read", why: `"${verb}" produces an inspection or report without changing anything` };
  if (financialNoun) {
    if (verb === "cancel") return { category: "Financial", why: `cancels a financial obligation (${financialNoun})` };
    if ((base === "Write" || base === "Execute") && FINANCIAL_ACT_VERBS.has(verb))
      return {
        category: "Financial",
        why: `"${verb}" on a ${financialNoun} creates or changes a financial obligation`,
      };
    if (base === "Destructive" && FINANCIAL_ACT_VERBS.has(verb) && LEDGER_NOUNS.has(financialNoun))
      return { category: "Financial", why: `deleting a ${financialNoun} changes the books` };
  }
  if (ORDER_VERBS.has(verb) && (objects.includes("order") || objects.includes("orders")))
    return { category: "Financial", why: `"${verb}" an order is a payment request or trade` };
  if (verb === "apply" && has(DISCOUNT_NOUNS)) return { category: "Financial", why: "applies a discount to a bill" };
  if (verb === "transfer" && has(NON_MONEY_TRANSFERS))
    return { category: "Write", why: "transfers ownership, not money" };
  if (SESSION_VERBS.has(verb) && has(SESSION_NOUNS))
    return { category: "Write", why: `"${verb}" on a session or connection is a reversible change` };
  if (CACHE_VERBS.has(verb) && has(CACHE_NOUNS))
    return { category: "Write", why: "clears something that rebuilds itself" };
  if (DEPLOYMENT_VERBS.has(verb) && has(DEPLOYMENT_NOUNS))
    return { category: "Execute", why: `"${verb}" rolls out a migration, manifest or release` };
  if ((verb === "create" || verb === "start" || verb === "trigger") && has(RUN_NOUNS) && objects.at(-1) !== "report")
    return { category: "Execute", why: `"${verb}" a run starts work` };
  if (MODEL_VERBS.has(verb) && s.phrase.modelOutput && base !== "Destructive")
    return { category: "Read", why: `invokes a model that only returns its output ("${s.phrase.modelOutput}")` };
  if (base === "Write" && s.phrase.smartContract)
    return { category: "Financial", why: `calls a state-changing function of a smart contract, which can move funds` };
  return { category: base, why: VERB_MEANING[base] };
}

const VERB_MEANING: Record<Category, string> = {
  Financial: "moves money or creates a financial obligation",
  Destructive: "permanently removes or ends something",
  Execute: "runs or triggers an operation",
  Write: "creates or changes data in a way that can be undone",
  Read: "only looks",
};

/** The first financial noun that is not the modifier of something else ("payment provider"). */
export function findFinancialNoun(objects: readonly string[]): string | undefined {
  for (let i = 0; i < objects.length; i++) {
    const word = objects[i] ?? "";
    if (FINANCIAL_NOUNS.has(word) && !NON_FINANCIAL_HEADS.has(objects[i + 1] ?? "")) return word;
  }
  return undefined;
}

export function worse(a: Category, b: Category): Category {
  return categoryRank(a) <= categoryRank(b) ? a : b;
}

export type CategoryDecision = {
  category: Category;
  confidence: number;
  evidence: Evidence[];
  /** Our own evidence is thin (description only, or nothing): annotations may tip the balance. */
  weak: boolean;
};

export function categoryFromNameAndActions(s: ToolSignals): CategoryDecision | undefined {
  const found: Evidence[] = [];
  let nameCategory: Category | undefined;
  let nameAmbiguous = false;
  for (const verb of s.name.verbs) {
    const reading = readVerb(verb.word, verb.sense, s.name.objects, s, s.typeNouns);
    nameCategory = nameCategory ? worse(nameCategory, reading.category) : reading.category;
    nameAmbiguous ||= verb.sense.ambiguous;
    found.push(evidence("name", "name", verb.word, `${reading.category}: ${reading.why}`));
  }
  let actionCategory: Category | undefined;
  let actionEvidence: Evidence | undefined;
  for (const option of s.actionOptions) {
    const reading = readVerb(option.verb, option.sense, [...option.objects, ...s.name.objects], s);
    if (!actionCategory || worse(reading.category, actionCategory) !== actionCategory) {
      actionCategory = reading.category;
      actionEvidence = evidence(
        "inputSchema",
        option.param.path,
        option.value,
        `${reading.category}: the "${option.param.name}" parameter offers "${option.value}", which ${reading.why}`,
      );
    }
  }
  if (actionEvidence) found.push(actionEvidence);
  if (!nameCategory && !actionCategory) return undefined;
  // A noun-like name ("pipelines_run") yields to the operations its schema lists.
  const category =
    nameCategory && actionCategory
      ? nameAmbiguous
        ? actionCategory
        : worse(nameCategory, actionCategory)
      : ((nameCategory ?? actionCategory) as Category);
  const confidence = nameCategory ? (nameAmbiguous && !actionCategory ? 0.75 : 0.9) : 0.8;
  return { category, confidence, evidence: found, weak: false };
}
