import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { classifyTool } from "./classify";
import type { Classification } from "./schema";

/** A tool definition for tests: a name and whatever else the case needs. */
export function makeTool(name: string, extra: Partial<ToolDefinition> = {}): ToolDefinition {
  return { name, inputSchema: { type: "object" }, ...extra };
}

export function makeServer(name: string, siblingToolNames: string[] = []): ServerContext {
  return { name, siblingToolNames };
}

export function classify(name: string, extra: Partial<ToolDefinition> = {}, siblings: string[] = []): Classification {
  return classifyTool(makeTool(name, extra), makeServer("test-server", siblings));
}

export function verdict(name: string, extra: Partial<ToolDefinition> = {}, siblings: string[] = []): string {
  const result = classify(name, extra, siblings);
  return `${result.category}/${result.risk}`;
}

export function params(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return { type: "object", properties, required };
}
