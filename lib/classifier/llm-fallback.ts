import type { BatchItem } from "./batch";
import { classifyTool } from "./classify";
import { classifyWithLlm, type LlmOptions } from "./llm";
import type { Classification } from "./schema";

export type FallbackOptions = LlmOptions & {
  /** Rules results below this confidence go to the model. */
  confidenceBelow: number;
  /** At most this many model calls per batch (the least confident first). */
  maxLlmCalls: number;
  concurrency: number;
};

/**
 * Classifies a batch with the rules, then sends the least confident results to the model first,
 * within the call budget. Results come back in input order; any model failure keeps the rules result.
 */
export async function classifyWithLlmFallback(items: BatchItem[], options: FallbackOptions): Promise<Classification[]> {
  const results = items.map((item) => classifyTool(item.record.definition, item.server));
  const queue = results
    .map((result, index) => ({ index, confidence: result.confidence }))
    .filter((entry) => entry.confidence < options.confidenceBelow)
    .sort((a, b) => a.confidence - b.confidence || a.index - b.index)
    .slice(0, options.maxLlmCalls);

  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const entry = queue[next++];
      if (!entry) break;
      const item = items[entry.index];
      const rules = results[entry.index];
      if (!item || !rules) continue;
      results[entry.index] = await classifyWithLlm(item.record.definition, item.server, rules, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results;
}
