import { z } from "zod";
import {
  type ServerContext,
  ToolAnnotationsSchema,
  type ToolDefinition,
  ToolDefinitionSchema,
} from "@/lib/tool-definition";

/** One line of a tools JSONL file (the format of shared/classifier/dev-tools.jsonl). */
export const ToolRecordSchema = z.object({
  server: z.string().min(1),
  tool: z.string().min(1),
  title: z.string().nullish(),
  description: z.string().nullish(),
  inputSchema: z.record(z.string(), z.unknown()).nullish(),
  outputSchema: z.record(z.string(), z.unknown()).nullish(),
  annotations: ToolAnnotationsSchema.nullish(),
  serverDescription: z.string().nullish(),
});

export type ToolRecord = {
  line: number;
  server: string;
  serverDescription: string | undefined;
  definition: ToolDefinition;
};

export type RecordError = { line: number; message: string };

/** Parses JSON Lines; a bad line becomes an error naming its line number, the rest still count. */
export function parseToolRecords(text: string): { records: ToolRecord[]; errors: RecordError[] } {
  const records: ToolRecord[] = [];
  const errors: RecordError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = ToolRecordSchema.safeParse(json);
    if (!parsed.success) {
      errors.push({ line, message: describeIssues(parsed.error) });
      return;
    }
    const r = parsed.data;
    const definition = ToolDefinitionSchema.safeParse({
      name: r.tool,
      title: r.title ?? undefined,
      description: r.description ?? undefined,
      inputSchema: r.inputSchema ?? undefined,
      outputSchema: r.outputSchema ?? undefined,
      annotations: r.annotations ?? undefined,
    });
    if (!definition.success) {
      errors.push({ line, message: describeIssues(definition.error) });
      return;
    }
    records.push({
      line,
      server: r.server,
      serverDescription: r.serverDescription ?? undefined,
      definition: definition.data,
    });
  });
  return { records, errors };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ");
}

/** The server context of each record: its server's other tools in the same input. */
export function serverContextsFor(records: ToolRecord[]): ServerContext[] {
  const namesByServer = new Map<string, string[]>();
  const descriptionByServer = new Map<string, string>();
  for (const record of records) {
    const names = namesByServer.get(record.server) ?? [];
    names.push(record.definition.name);
    namesByServer.set(record.server, names);
    if (record.serverDescription) descriptionByServer.set(record.server, record.serverDescription);
  }
  return records.map((record) => ({
    name: record.server,
    description: descriptionByServer.get(record.server),
    siblingToolNames: (namesByServer.get(record.server) ?? []).filter((name) => name !== record.definition.name),
  }));
}
