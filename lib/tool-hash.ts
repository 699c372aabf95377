import { createHash } from "node:crypto";
import type { ToolDefinition } from "@/lib/tool-definition";

/**
 * The parts of a definition that decide what a tool does, with keys sorted at every depth, so
 * that two crawls of an unchanged tool give the same bytes whatever order a server sends keys in.
 */
export function normaliseToolDefinition(tool: ToolDefinition): ToolDefinition {
  const normalised: ToolDefinition = {
    name: tool.name,
    inputSchema: sortKeys(tool.inputSchema) as Record<string, unknown>,
  };
  if (tool.title !== undefined) normalised.title = tool.title;
  if (tool.description !== undefined) normalised.description = tool.description;
  if (tool.outputSchema !== undefined) normalised.outputSchema = sortKeys(tool.outputSchema) as Record<string, unknown>;
  if (tool.annotations !== undefined)
    normalised.annotations = sortKeys(tool.annotations) as ToolDefinition["annotations"];
  return sortKeys(normalised) as ToolDefinition;
}

/** sha256 (hex) of the normalised definition: equal hashes mean an unchanged tool. */
export function hashToolDefinition(tool: ToolDefinition): string {
  return createHash("sha256")
    .update(JSON.stringify(normaliseToolDefinition(tool)))
    .digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}
