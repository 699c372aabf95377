import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchRules, loadBenchTools } from "@/lib/classifier/bench";

/** npm run bench:classify: rules-classifier throughput on one core over the shipped catalogue. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { tools, source } = loadBenchTools(
  path.join(repoRoot, "prisma/catalogue.json"),
  path.join(repoRoot, "tests/fixtures/classifier/dev-tools.jsonl"),
);
benchRules(tools, 20_000); // warm-up: let the JIT settle before measuring
const result = benchRules(tools, 200_000);
console.log(`source: ${source} (${tools.length} tools)`);
console.log(`total: ${result.classifications} classifications in ${result.milliseconds.toFixed(0)} ms`);
console.log(`tools/s: ${result.toolsPerSecond}`);
