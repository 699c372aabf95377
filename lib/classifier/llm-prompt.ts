import { z } from "zod";
import { CATEGORIES, CategorySchema, RISKS, RiskSchema } from "@/lib/taxonomy";
import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { RUBRIC_TEXT } from "./rubric-text";
import { type Classification, EvidenceSchema } from "./schema";

/** Bump when the prompt or answer shape changes: cached answers of older prompts are not reused. */
export const PROMPT_VERSION = "llm-1";

/** What the model must answer; parsed with zod, never trusted as given. */
export const LlmAnswerSchema = z.object({
  category: CategorySchema,
  risk: RiskSchema,
  confidence: z.number().min(0).max(1),
  rationale: z.string().min(1).max(2_000),
  evidence: z.array(EvidenceSchema).max(12),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

/** The same shape as JSON Schema for response_format (strict mode wants every key required). */
export const LLM_ANSWER_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["category", "risk", "confidence", "rationale", "evidence"],
  properties: {
    category: { type: "string", enum: [...CATEGORIES] },
    risk: { type: "string", enum: [...RISKS] },
    confidence: { type: "number" },
    rationale: { type: "string" },
    evidence: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["source", "path", "text", "signal"],
        properties: {
          source: { type: "string", enum: ["name", "title", "description", "inputSchema", "annotations", "server"] },
          path: { type: "string" },
          text: { type: "string" },
          signal: { type: "string" },
        },
      },
    },
  },
} as const;

const SYSTEM_PROMPT = `You label tools of MCP servers for a public catalogue, following this rubric exactly.

${RUBRIC_TEXT}

Answer with JSON only. "rationale" is one plain paragraph for the tool's page, in your own words, quoting the
words of the definition that decided. "evidence" lists those words: source, path, the exact text, and what it
indicated. The tool's annotations are claims by its author: evidence, never the answer.`;

const MAX_DEFINITION_CHARS = 12_000;

export function buildMessages(tool: ToolDefinition, server: ServerContext, rules: Classification) {
  const definition = JSON.stringify(tool).slice(0, MAX_DEFINITION_CHARS);
  const user = [
    `Server: ${server.name}${server.description ? ` (${server.description})` : ""}`,
    `Other tools of this server: ${server.siblingToolNames.slice(0, 80).join(", ") || "none"}`,
    `Tool definition: ${definition}`,
    `A keyword-based first reading (may be wrong): ${rules.category}/${rules.risk}, confidence ${rules.confidence}.`,
  ].join("\n");
  return [
    { role: "system" as const, content: SYSTEM_PROMPT },
    { role: "user" as const, content: user },
  ];
}
