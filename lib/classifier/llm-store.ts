import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { llmClassifierId } from "./llm";
import { type KeyValueStore, storeBackedCache } from "./llm-cache";
import { llmClientFromEnv } from "./llm-env";
import { classifyWithLlmFallback } from "./llm-fallback";
import { RULES_CLASSIFIER } from "./schema";
import type { StoreClassifier } from "./store";

/** Model answers kept in the LlmAnswer table, so a re-crawl of an unchanged tool asks nothing. */
export function databaseKeyValueStore(db: Db): KeyValueStore {
  return {
    async get(key) {
      const row = await db.llmAnswer.findUnique({ where: { key } });
      return row ? JSON.stringify(row.answer) : undefined;
    },
    async set(key, value) {
      const answer = JSON.parse(value) as Prisma.InputJsonValue;
      await db.llmAnswer.upsert({ where: { key }, create: { key, answer }, update: { answer } });
    },
  };
}

/**
 * `npm run classify` with OPENAI_API_KEY set: the rules first, then the least confident results
 * to the model. Rows by either classifier count as current, so only new or changed tools are asked.
 * Returns the reason instead when the environment asks for no model.
 */
export function llmStoreClassifier(
  db: Db,
  env: Readonly<Record<string, string | undefined>> = process.env,
): StoreClassifier | string {
  const llm = llmClientFromEnv(env);
  if (typeof llm === "string") return llm;
  const cache = storeBackedCache(databaseKeyValueStore(db));
  return {
    ids: [RULES_CLASSIFIER, llmClassifierId(llm.model)],
    classifyBatch: (items) =>
      classifyWithLlmFallback(items, { ...llm, cache, confidenceBelow: 0.7, maxLlmCalls: 500, concurrency: 4 }),
  };
}
