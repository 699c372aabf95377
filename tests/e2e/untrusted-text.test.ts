import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTestServers } from "@/lib/crawler/testing/test-servers";
import { launchBrowser, saveScreenshot } from "@/tests/helpers/browser";
import { type RunningSite, startSite } from "@/tests/helpers/site";
import { createTestDatabaseForChildProcesses, type TestDatabase } from "@/tests/helpers/test-db";

/**
 * A crawled server's tool text is untrusted input. This crawls a fixture server whose title,
 * description, schema and instructions carry script, an onerror image and javascript: links, then
 * opens every page that shows them and checks that nothing ran and the text is shown as text.
 */
let database: TestDatabase;
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  const npmDir = ensureTestServers();
  const dataDir = mkdtempSync(path.join(tmpdir(), "toolrisk-xss-"));
  database = await createTestDatabaseForChildProcesses(dataDir);
  const list = path.join(dataDir, "servers.json");
  const entry = {
    name: "@toolrisk-fixture/hostile",
    version: "1.0.0",
    description: "A fixture <script>window.__toolriskXss = 'server'</script>",
    packages: [
      { registryType: "npm", identifier: "@toolrisk-fixture/hostile", version: "1.0.0", transport: { type: "stdio" } },
    ],
    _meta: { "dev.toolrisk/crawl": { slug: "hostile" } },
  };
  writeFileSync(list, JSON.stringify({ servers: [entry] }));
  const crawl = spawnSync(
    "npx",
    ["tsx", "scripts/crawl.ts", "--list", list, "--npm-dir", npmDir, "--concurrency", "1"],
    {
      env: { ...process.env, ...database.env },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(crawl.status, crawl.stderr).toBe(0);
  [site, browser] = await Promise.all([startSite({ database }), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await database?.close();
});

describe("untrusted tool text", () => {
  for (const pagePath of ["/servers/hostile/tools/render_html", "/servers/hostile", "/search?q=render", "/"]) {
    it(`runs nothing on ${pagePath}`, async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${site.url}${pagePath}`);
      expect(response?.status()).toBe(200);
      // Follow every link on the page that a payload may have made, then check nothing ran.
      const hrefs = await page
        .locator("a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      expect(hrefs.filter((href) => href.trim().toLowerCase().startsWith("javascript:"))).toEqual([]);
      expect(await page.evaluate(() => (window as { __toolriskXss?: string }).__toolriskXss)).toBeUndefined();
      expect(await page.locator("img[src='x']").count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  }

  it("shows the payloads as literal text on the tool page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/servers/hostile/tools/render_html`);
    expect(response?.status()).toBe(200);
    const description = await page.getByTestId("tool-description").textContent();
    expect(description).toContain("<script>window.__toolriskXss = 'script'</script>");
    expect(description).toContain("<img src=x onerror=\"window.__toolriskXss = 'img'\">");
    // The JSON-LD block holds the description too, escaped so it cannot end its script tag.
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? "{}").mainEntity[0].acceptedAnswer.text).toContain("</script><script>");
    await saveScreenshot(page, "hostile-tool");
    await page.close();
  });
});
