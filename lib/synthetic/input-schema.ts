import type { Random } from "@/lib/synthetic/prng";
import type { Verb } from "@/lib/synthetic/vocabulary";

type JsonSchema = Record<string, unknown>;

const LISTING = new Set(["list", "search", "find", "count", "export"]);

/** A plausible JSON Schema for a tool's arguments, shaped by what the verb does to the noun. */
export function buildInputSchema(verb: Verb, noun: string, random: Random): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const idKey = `${noun}_id`;
  const id = (description: string) => {
    properties[idKey] = { type: "string", description };
    required.push(idKey);
  };

  if (LISTING.has(verb.word)) {
    if (verb.word !== "list") {
      properties.query = { type: "string", description: "Free-text search terms." };
      required.push("query");
    }
    properties.limit = { type: "integer", minimum: 1, maximum: random.pick([50, 100, 500]), default: 20 };
    properties.cursor = { type: "string", description: "Opaque cursor from the previous page." };
    if (random.chance(0.5)) properties.sort = { type: "string", enum: ["created", "updated", "name"] };
  } else if (verb.category === "Read") {
    id(`The ${noun.replaceAll("_", " ")} to read.`);
    if (random.chance(0.4)) properties.include = { type: "array", items: { type: "string" } };
  } else if (verb.word === "create" || verb.word === "add" || verb.word === "upload") {
    properties.name = { type: "string", minLength: 1, maxLength: 256 };
    required.push("name");
    properties.description = { type: "string" };
    if (random.chance(0.5)) properties.tags = { type: "array", items: { type: "string" }, maxItems: 20 };
  } else if (verb.category === "Write") {
    id(`The ${noun.replaceAll("_", " ")} to change.`);
    properties.fields = { type: "object", additionalProperties: true, description: "Fields to set." };
  } else if (verb.category === "Execute") {
    id(`The ${noun.replaceAll("_", " ")} to run.`);
    properties.arguments = { type: "object", additionalProperties: { type: "string" } };
    properties.timeout_seconds = { type: "integer", minimum: 1, maximum: 3600, default: 300 };
  } else if (verb.category === "Destructive") {
    id(`The ${noun.replaceAll("_", " ")} to ${verb.word}.`);
    if (random.chance(0.6)) properties.force = { type: "boolean", default: false };
  } else {
    properties.amount = { type: "integer", minimum: 1, description: "Amount in the smallest currency unit." };
    properties.currency = { type: "string", enum: ["usd", "eur", "gbp", "jpy"] };
    properties.customer_id = { type: "string" };
    required.push("amount", "currency");
    if (random.chance(0.5)) properties.idempotency_key = { type: "string" };
  }
  if (random.chance(0.3))
    properties.workspace = { type: "string", description: "Workspace slug; the default one when omitted." };
  return { type: "object", properties, required, additionalProperties: false };
}
