import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES, RISKS } from "@/lib/taxonomy";
import { launchBrowser, saveScreenshot } from "@/tests/helpers/browser";
import { type RunningSite, startSite } from "@/tests/helpers/site";

let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  page = await browser.newPage();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe("browsing the catalogue", () => {
  it("goes from the home page through search to a tool page", async () => {
    await page.goto(site.url);
    await page.locator("#home-search").fill("directory tree");
    await page.locator("#home-search").press("Enter");
    await page.waitForURL(/\/search\?q=directory\+tree/);
    const results = page.getByTestId("tool-results");
    await expect.poll(() => results.locator("li").count()).toBeGreaterThan(0);
    await saveScreenshot(page, "search");
    const first = results.locator("li a").first();
    const toolName = (await first.textContent())?.trim();
    await first.click();
    await page.waitForURL(/\/servers\/[^/]+\/tools\//);
    expect(await page.locator("h1").textContent()).toBe(toolName);
    // Every part the tool page promises is there.
    for (const id of ["what-it-does", "annotations", "input-schema", "history", "related", "faq"]) {
      expect(await page.locator(`section#${id}`).count(), id).toBe(1);
    }
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("FAQPage");
    expect(jsonLd.mainEntity.length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toContain(`/tools/${toolName}`);
    await saveScreenshot(page, "tool");
  });

  it("filters search results by category", async () => {
    await page.goto(`${site.url}/search?q=file&category=Read`);
    const badges = page.getByTestId("tool-results").locator("[data-category]");
    await expect.poll(() => badges.count()).toBeGreaterThan(0);
    const categories = await badges.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-category")));
    expect(new Set(categories)).toEqual(new Set(["Read"]));
  });

  it("shows a server page with every tool", async () => {
    await page.goto(`${site.url}/servers/filesystem`);
    const rows = page.getByTestId("server-tools").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await page.getByTestId("crawl-status").textContent()).toMatch(/Last crawl/);
    await saveScreenshot(page, "server");
  });

  it("lists a category's tools with totals that agree across category, risk and server", async () => {
    await page.goto(`${site.url}/categories/write`);
    const total = await headingTotal();
    expect(total).toBeGreaterThan(0);
    const rows = page.getByTestId("tool-listing").locator("li");
    expect(await rows.count()).toBe(Math.min(total, 50));
    const categories = await rows
      .locator("[data-category]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-category")));
    expect(new Set(categories)).toEqual(new Set(["Write"]));
    // The totals of Write tools at each risk level add up to all Write tools.
    let sum = 0;
    for (const risk of RISKS) {
      await page.goto(`${site.url}/categories/write?risk=${risk}`);
      sum += await headingTotal();
    }
    expect(sum).toBe(total);
    // High-risk tools of every category add up to the risk page's total.
    await page.goto(`${site.url}/risks/high`);
    const high = await headingTotal();
    let highSum = 0;
    for (const category of CATEGORIES) {
      await page.goto(`${site.url}/categories/${category.toLowerCase()}?risk=High`);
      highSum += await headingTotal();
    }
    expect(highSum).toBe(high);
    // Filtered by server, the total is that server's Write tools as its own page lists them.
    await page.goto(`${site.url}/servers/filesystem`);
    const serverWrites = await page.getByTestId("server-tools").locator('tbody [data-category="Write"]').count();
    await page.goto(`${site.url}/categories/write?server=filesystem`);
    expect(await headingTotal()).toBe(serverWrites);
  });

  it("answers an unknown tool with a helpful 404", async () => {
    const response = await page.goto(`${site.url}/servers/filesystem/tools/no_such_tool`);
    expect(response?.status()).toBe(404);
    expect(await page.getByTestId("not-found").isVisible()).toBe(true);
    expect(await page.locator("#not-found-search").count()).toBe(1);
    await saveScreenshot(page, "not-found");
  });

  it("is usable on a phone-sized screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.url}/servers/filesystem`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, "server-phone");
    await phone.close();
  });
});

/** The number a listing page shows after its heading, e.g. "Write tools (1,234)". */
async function headingTotal(): Promise<number> {
  const text = (await page.locator("h1").textContent()) ?? "";
  const match = text.match(/\(([\d,]+)\)/);
  if (!match?.[1]) throw new Error(`no total in the heading "${text}"`);
  return Number(match[1].replaceAll(",", ""));
}
