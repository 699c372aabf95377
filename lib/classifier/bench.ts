import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { type ServerContext, type ToolDefinition, ToolDefinitionSchema } from "@/lib/tool-definition";
import { batchItems } from "./batch";
import { classifyTool } from "./classify";
import { parseToolRecords } from "./tool-records";

export type BenchTool = { tool: ToolDefinition; server: ServerContext };

const CatalogueSchema = z.object({
  servers: z.array(
    z.object({
      slug: z.string(),
      name: z.string().optional(),
      description: z.string().nullish(),
      tools: z.array(z.unknown()),
    }),
  ),
});

/** The shipped catalogue's tools with their server contexts; the dev tools file when it is missing. */
export function loadBenchTools(cataloguePath: string, fallbackJsonl: string): { tools: BenchTool[]; source: string } {
  if (existsSync(cataloguePath)) {
    const catalogue = CatalogueSchema.parse(JSON.parse(readFileSync(cataloguePath, "utf8")));
    const tools: BenchTool[] = [];
    for (const entry of catalogue.servers) {
      const definitions = entry.tools.flatMap((raw) => {
        const parsed = ToolDefinitionSchema.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
      for (const tool of definitions) {
        const siblingToolNames = definitions.filter((other) => other !== tool).map((other) => other.name);
        tools.push({
          tool,
          server: { name: entry.slug, description: entry.description ?? undefined, siblingToolNames },
        });
      }
    }
    return { tools, source: cataloguePath };
  }
  const { records } = parseToolRecords(readFileSync(fallbackJsonl, "utf8"));
  return {
    tools: batchItems(records).map((item) => ({ tool: item.record.definition, server: item.server })),
    source: fallbackJsonl,
  };
}

export type BenchResult = { classifications: number; milliseconds: number; toolsPerSecond: number };

/** Classifies the set over and over until at least `minimum` classifications, on this one thread. */
export function benchRules(tools: BenchTool[], minimum: number): BenchResult {
  if (tools.length === 0) throw new Error("nothing to classify");
  let classifications = 0;
  let checksum = 0;
  const start = performance.now();
  while (classifications < minimum) {
    for (const { tool, server } of tools) checksum += classifyTool(tool, server).confidence;
    classifications += tools.length;
  }
  const milliseconds = performance.now() - start;
  // Using the results keeps the loop from being optimised away.
  if (Number.isNaN(checksum)) throw new Error("unexpected NaN confidence");
  return { classifications, milliseconds, toolsPerSecond: Math.round((classifications / milliseconds) * 1000) };
}
