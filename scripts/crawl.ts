import { parseCrawlOptions } from "@/lib/crawler/cli-options";
import { runCrawlCommand } from "@/lib/crawler/crawl-command";
import { runMain } from "./run-main";

runMain(async () => {
  await runCrawlCommand(parseCrawlOptions(process.argv.slice(2)), { stdout: process.stdout, stderr: process.stderr });
});
