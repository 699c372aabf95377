import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot } from "@/tests/helpers/browser";
import { type RunningSite, startSite } from "@/tests/helpers/site";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe("home page", () => {
  it("shows the counts of the shipped catalogue and lists its servers", async () => {
    const snapshot = JSON.parse(readFileSync("prisma/catalogue.json", "utf8")) as {
      servers: { slug: string; tools: unknown[] }[];
    };
    const toolTotal = snapshot.servers.reduce((sum, server) => sum + server.tools.length, 0);

    const page = await browser.newPage();
    await page.goto(site.url);
    await expect
      .poll(() => page.getByTestId("server-count").textContent())
      .toBe(snapshot.servers.length.toLocaleString("en-US"));
    expect(await page.getByTestId("tool-count").textContent()).toBe(toolTotal.toLocaleString("en-US"));
    const listed = await page.getByTestId("server-list").locator("li").count();
    expect(listed).toBe(Math.min(snapshot.servers.length, 100));
    await saveScreenshot(page, "home");
    await page.close();
  });
});
