import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runClassifyCli } from "@/lib/classifier/cli";

/** npx tsx scripts/classify.ts --input FILE|- [--llm]: JSON Lines of tools in, one verdict a line out. */
const { values } = parseArgs({ options: { input: { type: "string" }, llm: { type: "boolean", default: false } } });
if (!values.input) {
  console.error("usage: tsx scripts/classify.ts --input FILE|- [--llm]");
  process.exit(2);
}
const text = readFileSync(values.input === "-" ? 0 : values.input, "utf8");
const exitCode = await runClassifyCli(text, {
  useLlm: values.llm,
  writeLine: (line) => process.stdout.write(`${line}\n`),
  writeError: (message) => process.stderr.write(`${message}\n`),
});
process.exitCode = exitCode;
