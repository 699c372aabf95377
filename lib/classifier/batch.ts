import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { classifyTool } from "./classify";
import type { Classification } from "./schema";
import { serverContextsFor, type ToolRecord } from "./tool-records";

/** One line of the CLI's output. */
export type ClassifiedLine = {
  server: string;
  tool: string;
  category: Classification["category"];
  risk: Classification["risk"];
  confidence: number;
  rationale: string;
};

export type BatchItem = { record: ToolRecord; server: ServerContext };

export function batchItems(records: ToolRecord[]): BatchItem[] {
  const contexts = serverContextsFor(records);
  return records.map((record, i) => ({ record, server: contexts[i] as ServerContext }));
}

export function toLine(record: ToolRecord, classification: Classification): ClassifiedLine {
  return {
    server: record.server,
    tool: record.definition.name,
    category: classification.category,
    risk: classification.risk,
    confidence: classification.confidence,
    rationale: classification.rationale,
  };
}

/** Rules-only classification of a whole input, each tool seen with its server's other tools. */
export function classifyRecords(records: ToolRecord[]): Classification[] {
  return batchItems(records).map((item) => classifyTool(item.record.definition, item.server));
}

export type Classifier = (tool: ToolDefinition, server: ServerContext) => Classification;
