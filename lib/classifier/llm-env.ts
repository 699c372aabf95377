import OpenAI from "openai";
import { z } from "zod";
import type { BatchItem } from "./batch";
import { classifyTool } from "./classify";
import { memoryCache } from "./llm-cache";
import { classifyWithLlmFallback } from "./llm-fallback";
import type { Classification } from "./schema";

const LlmEnvSchema = z.object({
  OPENAI_API_KEY: z.string().trim().min(1).optional(),
  OPENAI_BASE_URL: z.string().trim().url().optional(),
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
});

/** The model client the environment asks for, or undefined (with the reason) when it asks for none. */
export function llmClientFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): { client: OpenAI; model: string } | string {
  const parsed = LlmEnvSchema.safeParse(env);
  if (!parsed.success) return `LLM settings are invalid: ${parsed.error.issues[0]?.message}`;
  if (!parsed.data.OPENAI_API_KEY) return "OPENAI_API_KEY is not set";
  const client = new OpenAI({
    apiKey: parsed.data.OPENAI_API_KEY,
    baseURL: parsed.data.OPENAI_BASE_URL,
    timeout: 30_000,
    maxRetries: 1,
  });
  return { client, model: parsed.data.OPENAI_MODEL };
}

/** For the CLI's --llm: the fallback orchestrator with an in-memory cache, or rules only with a warning. */
export async function classifyBatchFromEnv(
  items: BatchItem[],
  warn: (message: string) => void,
): Promise<Classification[]> {
  const llm = llmClientFromEnv();
  if (typeof llm === "string") {
    warn(`--llm: ${llm}; using the rules classifier only`);
    return items.map((item) => classifyTool(item.record.definition, item.server));
  }
  return classifyWithLlmFallback(items, {
    ...llm,
    cache: memoryCache(),
    confidenceBelow: 0.7,
    maxLlmCalls: 500,
    concurrency: 4,
  });
}
