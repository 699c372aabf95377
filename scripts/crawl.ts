import { parseCrawlOptions } from "@/lib/crawler/cli-options";
import { runCrawlCommand } from "@/lib/crawler/crawl-command";
import { killAllServerGroups } from "@/lib/crawler/sandboxed-process";
import { runMain } from "./run-main";

// Servers run in their own process groups: on Ctrl-C or a TERM, stop them before exiting. The
// run stays unfinished and the next `npm run crawl` resumes it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAllServerGroups();
    process.exit(130);
  });
}

runMain(async () => {
  await runCrawlCommand(parseCrawlOptions(process.argv.slice(2)), { stdout: process.stdout, stderr: process.stderr });
});
