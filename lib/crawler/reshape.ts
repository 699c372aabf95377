import { z } from "zod";
import { type ToolDefinition, ToolDefinitionSchema } from "@/lib/tool-definition";
import { CrawlError, oneLine } from "./errors";

/** The SDK's tool objects carry more than we record (icons, _meta, execution): pick, then parse. */
export function reshapeTools(items: unknown[]): ToolDefinition[] {
  const tools = new Map<string, ToolDefinition>();
  for (const [index, item] of items.entries()) {
    const raw = (item && typeof item === "object" ? item : {}) as Record<string, unknown>;
    const parsed = ToolDefinitionSchema.safeParse({
      name: raw.name,
      title: raw.title ?? undefined,
      description: raw.description ?? undefined,
      inputSchema: raw.inputSchema ?? undefined,
      outputSchema: raw.outputSchema ?? undefined,
      annotations: raw.annotations ?? undefined,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CrawlError(
        "PROTOCOL_ERROR",
        oneLine(
          `tool #${index} (${String(raw.name)}) is not a valid tool: ${issue?.path.join(".")}: ${issue?.message}`,
        ),
      );
    }
    // Names identify tools; a server listing one twice gets its first definition recorded.
    if (!tools.has(parsed.data.name)) tools.set(parsed.data.name, parsed.data);
  }
  return [...tools.values()];
}

export const PromptSummarySchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  arguments: z
    .array(z.object({ name: z.string(), description: z.string().optional(), required: z.boolean().optional() }))
    .optional(),
});
export type PromptSummary = z.infer<typeof PromptSummarySchema>;

export const ResourceSummarySchema = z.object({
  uri: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  mimeType: z.string().optional(),
});
export type ResourceSummary = z.infer<typeof ResourceSummarySchema>;

/** Prompts and resources are context, not the catalogue's subject: malformed ones are dropped. */
export function reshapeList<T>(schema: z.ZodType<T>, items: unknown[]): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
