import { z } from "zod";

/**
 * MCP tool annotations as a server declares them. They are hints from an untrusted party:
 * stored as given, used as evidence, never as the answer.
 */
export const ToolAnnotationsSchema = z
  .object({
    title: z.string().optional(),
    readOnlyHint: z.boolean().optional(),
    destructiveHint: z.boolean().optional(),
    idempotentHint: z.boolean().optional(),
    openWorldHint: z.boolean().optional(),
  })
  .passthrough();
export type ToolAnnotations = z.infer<typeof ToolAnnotationsSchema>;

const JsonObjectSchema = z.record(z.string(), z.unknown());

/** One tool as Toolrisk records it: our own shape, independent of the MCP SDK's types. */
export const ToolDefinitionSchema = z.object({
  name: z.string().min(1).max(256),
  title: z.string().max(1_000).optional(),
  description: z.string().max(100_000).optional(),
  inputSchema: JsonObjectSchema.default({ type: "object" }),
  outputSchema: JsonObjectSchema.optional(),
  annotations: ToolAnnotationsSchema.optional(),
});
export type ToolDefinition = z.infer<typeof ToolDefinitionSchema>;

/** What the classifier may know about the server a tool belongs to. */
export const ServerContextSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  siblingToolNames: z.array(z.string()).default([]),
});
export type ServerContext = z.infer<typeof ServerContextSchema>;
