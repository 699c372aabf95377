import { batchItems, toLine } from "./batch";
import { classifyTool } from "./classify";
import { parseToolRecords } from "./tool-records";

export type CliIo = {
  useLlm: boolean;
  writeLine: (line: string) => void;
  writeError: (message: string) => void;
};

/**
 * The classify CLI without its process: parses the lines, classifies every good one, reports each
 * bad one by line number, and returns the exit code (1 when any line was bad).
 */
export async function runClassifyCli(text: string, io: CliIo): Promise<number> {
  const { records, errors } = parseToolRecords(text);
  for (const error of errors) io.writeError(`line ${error.line}: ${error.message}`);
  const items = batchItems(records);
  if (io.useLlm) {
    const { classifyBatchFromEnv } = await import("./llm-env");
    const results = await classifyBatchFromEnv(items, io.writeError);
    items.forEach((item, i) => {
      const result = results[i];
      if (result) io.writeLine(JSON.stringify(toLine(item.record, result)));
    });
  } else {
    for (const item of items)
      io.writeLine(JSON.stringify(toLine(item.record, classifyTool(item.record.definition, item.server))));
  }
  return errors.length > 0 ? 1 : 0;
}
