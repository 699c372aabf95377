import { readFileSync } from "node:fs";
import { runPolicyCli } from "@/lib/policy/cli";
import { runMain } from "@/scripts/run-main";

/** policy.json from the command line: validate, generate, export. See USAGE in lib/policy/cli.ts. */
runMain(async () => {
  let usedDatabase = false;
  const code = await runPolicyCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, "utf8"),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    loadServerTools: async (slug) => {
      // Imported only for --server, so the other commands need no database.
      usedDatabase = true;
      const { currentToolNames } = await import("@/lib/queries/policy-tools");
      return currentToolNames(slug);
    },
  });
  if (usedDatabase) await (await import("@/lib/db")).disconnect();
  process.exitCode = code;
});
