import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendPolicy } from "@/lib/policy/generate";
import { PolicySchema } from "@/lib/policy/schema";
import { CategorySchema, RiskSchema } from "@/lib/taxonomy";
import { launchBrowser, saveScreenshot } from "@/tests/helpers/browser";
import { type RunningSite, startSite } from "@/tests/helpers/site";

let site: RunningSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function labelOf(page: Page) {
  const header = page.locator("header").last();
  const category = CategorySchema.parse(await header.locator("[data-category]").first().getAttribute("data-category"));
  const risk = RiskSchema.parse(await header.locator("[data-risk]").first().getAttribute("data-risk"));
  return { category, risk };
}

describe("policies on the site", () => {
  it("copies the exact recommended policy of a tool to the clipboard", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/servers/filesystem/tools/write_file`);
    const { category, risk } = await labelOf(page);
    const expected = recommendPolicy([{ server: "filesystem", tool: "write_file", category, risk }]).text;
    const panel = page.getByTestId("tool-policy");
    expect(await panel.getByTestId("policy-code-policy").textContent()).toBe(expected);
    await panel.getByRole("button", { name: "Copy policy.json" }).click();
    await expect.poll(() => panel.getByRole("button", { name: "Copied" }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await saveScreenshot(page, "tool-policy");
    await page.close();
  });

  it("shows the same policy in the export formats, with what each cannot express", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/servers/filesystem/tools/write_file`);
    const panel = page.getByTestId("tool-policy");
    await panel.getByRole("tab", { name: "Claude Code" }).click();
    const claude = JSON.parse((await panel.getByTestId("policy-code-claude").textContent()) ?? "{}");
    expect(JSON.stringify(claude)).toContain("mcp__filesystem__write_file");
    // The arrow keys move between tabs.
    await panel.getByRole("tab", { name: "Claude Code" }).press("ArrowRight");
    expect(await panel.getByRole("tab", { selected: true }).textContent()).toBe("Codex");
    await page.close();
  });

  it("gives a server page the full policy for every tool", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/servers/filesystem`);
    const rows = await page
      .getByTestId("server-tools")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          tool: tr.querySelector("td a")?.textContent ?? "",
          category: tr.querySelector("[data-category]")?.getAttribute("data-category") ?? "",
          risk: tr.querySelector("[data-risk]")?.getAttribute("data-risk") ?? "",
        })),
      );
    const classified = rows.map((row) => ({
      server: "filesystem",
      tool: row.tool,
      category: CategorySchema.parse(row.category),
      risk: RiskSchema.parse(row.risk),
    }));
    const text = (await page.getByTestId("server-policy").getByTestId("policy-code-policy").textContent()) ?? "";
    expect(text).toBe(recommendPolicy(classified).text);
    const policy = PolicySchema.parse(JSON.parse(text));
    const named = new Set([...(policy.hide ?? []), ...Object.keys(policy.tools ?? {})]);
    // Every tool the rubric allows in some form is named; only plain "deny" would be left out, and the rubric has none.
    expect([...named].sort()).toEqual(rows.map((row) => row.tool).sort());
    await saveScreenshot(page, "server-policy");
    await page.close();
  });

  it("builds a policy from picked tools and keeps it valid as rules change", async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/policy?servers=memory&tools=filesystem/read_text_file`);
    await expect.poll(() => page.getByTestId("builder-tools").locator("tbody tr").count()).toBeGreaterThan(2);
    const code = page.getByTestId("builder-policy").getByTestId("policy-code-policy");
    const before = PolicySchema.parse(JSON.parse((await code.textContent()) ?? ""));
    expect(Object.keys(before.servers ?? {}).sort()).toEqual(["filesystem", "memory"]);

    await page.getByLabel("Rule for filesystem/read_text_file").selectOption("limit");
    await page.getByLabel("Most calls for filesystem/read_text_file").fill("5");
    await page.getByLabel("Window for filesystem/read_text_file").selectOption("hour");
    await page.getByLabel("Rule for memory/delete_entities").selectOption("approval");
    const after = PolicySchema.parse(JSON.parse((await code.textContent()) ?? ""));
    expect(after.servers?.filesystem?.tools?.read_text_file?.limits).toEqual([
      { counter: "read_text_file_rate", window: "hour", max: 5, scope: "grant" },
    ]);
    expect(after.servers?.memory?.tools?.delete_entities).toEqual({ approval: "required" });
    expect(after.servers?.memory?.hide ?? []).not.toContain("delete_entities");
    expect(await page.getByTestId("builder-validation").textContent()).toMatch(/^Valid policy\.json/);
    await saveScreenshot(page, "policy-builder");

    // The evaluator runs the built policy: five calls an hour pass, the sixth is rate-limited.
    const simulator = page.getByTestId("call-simulator");
    await simulator.getByLabel("Tool").selectOption({ label: "filesystem/read_text_file" });
    for (let i = 0; i < 6; i++) await simulator.getByRole("button", { name: "Call" }).click();
    const decisions = () =>
      simulator
        .getByTestId("simulator-log")
        .locator("li")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-decision")));
    await expect.poll(decisions).toEqual(["rate_limited", "allow", "allow", "allow", "allow", "allow"]);
    await simulator.getByLabel("Tool").selectOption({ label: "memory/delete_entities" });
    await simulator.getByRole("button", { name: "Call" }).click();
    await expect.poll(async () => (await decisions())[0]).toBe("approval_required");

    // The validator on the same page reports a broken policy with its path.
    await page
      .locator("#validate-policy")
      .fill(
        '{"version": "1", "default": "deny", "tools": {"x": {"limits": [{"counter": "c", "window": "week", "max": 1, "scope": "grant"}]}}}',
      );
    expect(await page.getByTestId("validator-result").textContent()).toContain("/tools/x/limits/0/window");
    await page.close();
  });
});
