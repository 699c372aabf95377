import OpenAI from "openai";
import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { hashToolDefinition } from "@/lib/tool-hash";
import { compareAnnotations } from "./annotations";
import { type ClassificationCache, cacheKey } from "./llm-cache";
import { buildMessages, LLM_ANSWER_JSON_SCHEMA, LlmAnswerSchema, PROMPT_VERSION } from "./llm-prompt";
import { type Classification, type ClassifierId, RULES_CLASSIFIER } from "./schema";

export type LlmOptions = {
  client: OpenAI;
  model: string;
  cache: ClassificationCache;
};

/** Why a model answer could not be used; the rules result then stands and says so. */
export class LlmUnusable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "LlmUnusable";
  }
}

/**
 * Asks the model about one tool, starting from the rules result. Any failure (timeout, 429, refusal,
 * malformed or off-schema answer) returns the rules result with `fallbackReason` set.
 */
export async function classifyWithLlm(
  tool: ToolDefinition,
  server: ServerContext,
  rules: Classification,
  options: LlmOptions,
): Promise<Classification> {
  const key = cacheKey(hashToolDefinition(tool), options.model, PROMPT_VERSION);
  const cached = await options.cache.get(key);
  if (cached) return cached;
  try {
    const answer = await askModel(tool, server, rules, options);
    await options.cache.set(key, answer);
    return answer;
  } catch (error) {
    return withFallback(rules, describeFailure(error));
  }
}

async function askModel(
  tool: ToolDefinition,
  server: ServerContext,
  rules: Classification,
  options: LlmOptions,
): Promise<Classification> {
  const completion = await options.client.chat.completions.create({
    model: options.model,
    messages: buildMessages(tool, server, rules),
    temperature: 0,
    response_format: {
      type: "json_schema",
      json_schema: { name: "tool_classification", strict: true, schema: LLM_ANSWER_JSON_SCHEMA },
    },
  });
  const message = completion.choices[0]?.message;
  if (!message) throw new LlmUnusable("malformed answer: no choices");
  if (message.refusal) throw new LlmUnusable(`refused: ${message.refusal.slice(0, 200)}`);
  if (!message.content) throw new LlmUnusable("malformed answer: empty content");
  let json: unknown;
  try {
    json = JSON.parse(message.content);
  } catch {
    throw new LlmUnusable("malformed answer: not JSON");
  }
  const parsed = LlmAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LlmUnusable(`malformed answer: ${issue?.path.join(".") || "answer"} ${issue?.message ?? "invalid"}`);
  }
  const answer = parsed.data;
  return {
    category: answer.category,
    risk: answer.risk,
    confidence: answer.confidence,
    rationale: answer.rationale,
    evidence: answer.evidence,
    annotationFindings: compareAnnotations(tool.annotations, answer.category),
    classifier: llmClassifierId(options.model),
  };
}

/** The name and version LLM answers are stored under: a new prompt or model means a new version. */
export function llmClassifierId(model: string): ClassifierId {
  return { name: "toolrisk-llm", version: `${RULES_CLASSIFIER.version}+${PROMPT_VERSION}+${model}` };
}

export function describeFailure(error: unknown): string {
  if (error instanceof LlmUnusable) return error.reason;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return "timed out";
  if (error instanceof OpenAI.RateLimitError) return "rate-limited (429)";
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `request failed (HTTP ${error.status})`;
  if (error instanceof OpenAI.APIConnectionError) return "could not connect";
  return `request failed (${error instanceof Error ? error.message : String(error)})`;
}

/** The rules result, marked as standing in for a model answer that could not be used. */
export function withFallback(rules: Classification, reason: string): Classification {
  return {
    ...rules,
    rationale: `${rules.rationale} (A model was asked for a second reading but its answer could not be used: ${reason}; this is the rules result.)`,
    evidence: [
      ...rules.evidence,
      { source: "server", path: "llm", text: reason, signal: "model answer unusable; rules result kept" },
    ],
    fallbackReason: reason,
  };
}
