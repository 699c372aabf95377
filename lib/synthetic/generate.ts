import { classifySyntheticTool, type SyntheticClassification } from "@/lib/synthetic/classification";
import { describeTool } from "@/lib/synthetic/describe";
import { buildInputSchema } from "@/lib/synthetic/input-schema";
import { createRandom, type Random, streamSeed } from "@/lib/synthetic/prng";
import {
  ADJECTIVES,
  CATEGORY_WEIGHTS,
  DOMAINS,
  type Domain,
  OWNERS,
  VERBS,
  type Verb,
} from "@/lib/synthetic/vocabulary";
import { capitalise, pickNameStyle, pluralise, styleName, titleCase } from "@/lib/synthetic/words";
import type { ToolAnnotations, ToolDefinition } from "@/lib/tool-definition";
import { hashToolDefinition, normaliseToolDefinition } from "@/lib/tool-hash";

/** Every synthetic server's slug starts with this, so --reset and the benchmark can find them. */
export const SYNTHETIC_SLUG_PREFIX = "syn-";
/** Dates are offsets from a fixed day, not from now, so two runs write identical rows. */
const BASE_TIME = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

export type CatalogueShape = { servers: number; toolsPerServer: number; seed: number };

export type SyntheticTool = {
  definition: ToolDefinition;
  hash: string;
  classification: SyntheticClassification;
  firstSeenAt: Date;
  lastSeenAt: Date;
  changedAt: Date;
  removedAt: Date | null;
};

export type SyntheticServer = {
  index: number;
  slug: string;
  name: string;
  title: string;
  description: string;
  version: string;
  packageName: string;
  repositoryUrl: string;
  lastCrawledAt: Date;
  tools: SyntheticTool[];
  /** Tools not marked removed: what Server.toolCount holds. */
  currentToolCount: number;
};

/**
 * How many tools server `index` has. Servers are paired and one of each pair gets as many more than
 * the average as the other gets fewer, so sizes vary (1 to 2M-1) while the total is exactly N×M.
 */
export function toolCountFor(shape: CatalogueShape, index: number): number {
  const m = shape.toolsPerServer;
  const pair = Math.floor(index / 2);
  if (pair * 2 + 1 >= shape.servers || m <= 1) return m;
  const delta = streamSeed(shape.seed, -1 - pair) % m;
  return index % 2 === 0 ? m + delta : m - delta;
}

export function generateServer(shape: CatalogueShape, index: number): SyntheticServer {
  const random = createRandom(streamSeed(shape.seed, index));
  const domain = random.pick(DOMAINS);
  const owner = random.pick(OWNERS);
  const product = `${random.chance(0.4) ? `${random.pick(ADJECTIVES)}-` : ""}${random.pick(domain.products)}`;
  const productTitle = titleCase(product.split("-"));
  const lastCrawledAt = new Date(BASE_TIME - random.int(0, 30) * DAY - random.int(0, DAY - 1));
  const tools = generateTools(random, shape, index, { domain, productTitle, lastCrawledAt });
  const currentToolCount = tools.filter((tool) => !tool.removedAt).length;
  return {
    index,
    slug: `${SYNTHETIC_SLUG_PREFIX}${owner}-${product}-${index}`,
    name: `io.github.${owner}/${product}-mcp-${index}`,
    title: `${capitalise(owner)} ${productTitle}`,
    description: `MCP server for ${capitalise(owner)} ${productTitle}: ${domain.name} tools for ${domain.nouns
      .slice(0, 3)
      .map((noun) => pluralise(noun.replaceAll("_", " ")))
      .join(", ")} and more.`,
    version: `${random.int(0, 3)}.${random.int(0, 20)}.${random.int(0, 9)}`,
    packageName: `@${owner}/${product}-mcp-${index}`,
    repositoryUrl: `https://github.com/${owner}/${product}-mcp-${index}`,
    lastCrawledAt,
    tools,
    currentToolCount,
  };
}

const VERBS_BY_CATEGORY = new Map<string, Verb[]>();
for (const verb of VERBS) VERBS_BY_CATEGORY.set(verb.category, [...(VERBS_BY_CATEGORY.get(verb.category) ?? []), verb]);

type ServerContext = { domain: Domain; productTitle: string; lastCrawledAt: Date };

/** A verb drawn so categories follow CATEGORY_WEIGHTS; money-moving verbs only where money is. */
function pickVerb(random: Random, domain: Domain): Verb {
  let roll = random.next();
  let category = CATEGORY_WEIGHTS[0]?.[0] ?? "Read";
  for (const [candidate, weight] of CATEGORY_WEIGHTS) {
    category = candidate;
    roll -= weight;
    if (roll < 0) break;
  }
  if (category === "Financial" && !domain.financial) category = "Read";
  return random.pick(VERBS_BY_CATEGORY.get(category) ?? VERBS);
}

function generateTools(random: Random, shape: CatalogueShape, index: number, context: ServerContext): SyntheticTool[] {
  const style = pickNameStyle(random);
  const count = toolCountFor(shape, index);
  const names = new Set<string>();
  const tools: SyntheticTool[] = [];
  for (let attempt = 0; tools.length < count; attempt++) {
    const verb = pickVerb(random, context.domain);
    const noun = random.pick(context.domain.nouns);
    const words = [verb.word, verb.plural ? pluralise(noun) : noun];
    // A big server runs out of verb×noun pairs; a numbered variant keeps names unique.
    if (attempt > count * 20) words.push(String(attempt));
    const name = styleName(words, style);
    if (names.has(name)) continue;
    names.add(name);
    tools.push(generateTool(random, { name, verb, noun, words, context }));
  }
  return tools;
}

type ToolInput = {
  name: string;
  verb: Verb;
  noun: string;
  words: string[];
  context: ServerContext;
};

function generateTool(random: Random, { name, verb, noun, words, context }: ToolInput): SyntheticTool {
  const text = describeTool(verb, noun, context.productTitle, random);
  const annotations = random.chance(0.6) ? annotationsFor(verb, random) : undefined;
  const raw: ToolDefinition = {
    name,
    ...(random.chance(0.3) ? { title: titleCase(words) } : {}),
    description: text.description,
    inputSchema: buildInputSchema(verb, noun, random),
    ...(annotations ? { annotations } : {}),
  };
  const definition = normaliseToolDefinition(raw);
  const classification = classifySyntheticTool(
    { verb, noun, name, signalSentence: text.signalSentence, annotations },
    random,
  );
  const lastSeen = context.lastCrawledAt.getTime();
  const firstSeenAt = new Date(lastSeen - random.int(1, 400) * DAY);
  const changedAt = random.chance(0.2) ? new Date(lastSeen - random.int(0, 30) * DAY) : firstSeenAt;
  const removed = random.chance(0.02);
  const removedAt = removed ? new Date(lastSeen) : null;
  return {
    definition,
    hash: hashToolDefinition(definition),
    classification,
    firstSeenAt,
    lastSeenAt: removed ? new Date(Math.max(firstSeenAt.getTime(), lastSeen - 7 * DAY)) : new Date(lastSeen),
    changedAt: removedAt ?? (changedAt < firstSeenAt ? firstSeenAt : changedAt),
    removedAt,
  };
}

/** Hints as servers declare them: usually truthful, sometimes partial. */
function annotationsFor(verb: Verb, random: Random): ToolAnnotations {
  const annotations: ToolAnnotations = { readOnlyHint: verb.category === "Read" };
  if (verb.category !== "Read") annotations.destructiveHint = verb.category === "Destructive";
  if (random.chance(0.5)) annotations.idempotentHint = verb.category === "Read" || verb.word === "update";
  if (random.chance(0.5)) annotations.openWorldHint = verb.category === "Financial" || verb.category === "Execute";
  return annotations;
}
