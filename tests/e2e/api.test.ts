import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicySchema } from "@/lib/policy/schema";
import { type RunningSite, startSite } from "@/tests/helpers/site";

let site: RunningSite;

beforeAll(async () => {
  site = await startSite();
}, 300_000);
afterAll(async () => site?.stop());

async function get(path: string) {
  const response = await fetch(`${site.url}${path}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.json() };
}

describe("JSON API", () => {
  it("lists servers with pagination and rejects a bad page size with the reason", async () => {
    const page = await get("/api/servers?perPage=5");
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(5);
    expect(page.body.total).toBeGreaterThan(5);
    const bad = await get("/api/servers?perPage=100000");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: "invalid_request", issues: [{ path: "perPage" }] });
  });

  it("returns a tool with its definition and answers unknown names with a JSON 404", async () => {
    const tool = await get("/api/servers/filesystem/tools/write_file");
    expect(tool.status).toBe(200);
    expect(tool.body.tool.name).toBe("write_file");
    expect(tool.body.tool.inputSchema.properties).toHaveProperty("path");
    expect(tool.body.revisions.length).toBeGreaterThanOrEqual(1);
    const missing = await get("/api/servers/filesystem/tools/nope");
    expect(missing.status).toBe(404);
    expect(missing.type).toContain("application/json");
    expect(missing.body.error).toBe("not_found");
  });

  it("searches tools", async () => {
    const results = await get("/api/search?q=read%20file");
    expect(results.status).toBe(200);
    expect(results.body.tools.map((tool: { name: string }) => tool.name)).toContain("read_file");
    expect((await get("/api/search?risk=Extreme")).status).toBe(400);
  });

  it("returns a valid policy for a selection, and exports it", async () => {
    const policy = await get("/api/policy?servers=memory&tools=filesystem/write_file");
    expect(policy.status).toBe(200);
    const parsed = PolicySchema.parse(JSON.parse(policy.body.content));
    expect(Object.keys(parsed.servers ?? {}).sort()).toEqual(["filesystem", "memory"]);
    const claude = await get("/api/policy?tools=filesystem/write_file&format=claude");
    expect(claude.body.content).toContain("mcp__filesystem__write_file");
    expect((await get("/api/policy?tools=filesystem/write_file&format=yaml")).status).toBe(400);
    expect((await get("/api/policy?tools=nope/nothing")).status).toBe(404);
    expect((await get("/api/policy")).status).toBe(400);
  });

  it("validates a posted policy and points at each problem", async () => {
    const response = await fetch(`${site.url}/api/policy/validate`, {
      method: "POST",
      body: '{"version": "1", "default": "deny", "hide": ["a"], "tools": {"a": {}}}',
    });
    const body = await response.json();
    expect(body.valid).toBe(false);
    expect(body.problems.map((problem: { path: string }) => problem.path)).toContain("/tools/a");
    const broken = await (
      await fetch(`${site.url}/api/policy/validate`, { method: "POST", body: '{"version": ' })
    ).json();
    expect(broken.problems[0].message).toMatch(/line 1, column/);
  });

  it("stores contact messages and rate-limits an address", async () => {
    const send = (email: string) =>
      fetch(`${site.url}/api/contact`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body: JSON.stringify({ name: "Ada", email, message: "Please add my server to the catalogue." }),
      });
    expect((await send("not-an-email")).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await send(`a${i}@example.com`)).status).toBe(201);
    const limited = await send("a9@example.com");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("crawlable site", () => {
  it("serves robots.txt and a sitemap with tool pages", async () => {
    const robots = await (await fetch(`${site.url}/robots.txt`)).text();
    expect(robots).toContain("Disallow: /api/");
    expect(robots).toContain(`${site.url}/sitemap.xml`);
    const index = await (await fetch(`${site.url}/sitemap.xml`)).text();
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const parts = await Promise.all(files.map(async (file) => (await fetch(file)).text()));
    expect(parts.join("\n")).toContain(`${site.url}/servers/filesystem/tools/write_file`);
    expect(parts.join("\n")).toContain(`${site.url}/servers/filesystem</loc>`);
  });

  it("gives pages canonical URLs and Open Graph metadata", async () => {
    const html = await (await fetch(`${site.url}/servers/filesystem`)).text();
    expect(html).toContain(`<link rel="canonical" href="${site.url}/servers/filesystem"`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+: \d+ MCP tools, risk and policy"/);
    expect(html).toContain(`<meta property="og:url" content="${site.url}/servers/filesystem"`);
  });
});

describe("page cache in front of Next", () => {
  const toolPage = "/servers/filesystem/tools/read_text_file";

  it("serves a tool page's second request from the cache, byte for byte, plain and gzipped", async () => {
    const first = await fetch(`${site.url}${toolPage}`, { headers: { "accept-encoding": "identity" } });
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    expect(firstBody).toContain("read_text_file");
    const second = await fetch(`${site.url}${toolPage}`, { headers: { "accept-encoding": "identity" } });
    expect(second.headers.get("x-toolrisk-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toContain("text/html");
    expect(await second.text()).toBe(firstBody);
    // fetch asks for gzip by default and decompresses it.
    const gzipped = await fetch(`${site.url}${toolPage}`);
    expect(gzipped.headers.get("x-toolrisk-cache")).toBe("HIT");
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(await gzipped.text()).toBe(firstBody);
  });

  it("keeps the home page, rendered per request, for a minute", async () => {
    const first = await (await fetch(`${site.url}/`)).text();
    const second = await fetch(`${site.url}/`);
    expect(second.headers.get("x-toolrisk-cache")).toBe("HIT");
    expect(await second.text()).toBe(first);
    const withQuery = await fetch(`${site.url}/?utm=x`);
    expect(withQuery.headers.get("x-toolrisk-cache")).toBeNull();
  });

  it("leaves client navigations, query strings and missing pages to Next", async () => {
    await fetch(`${site.url}${toolPage}`);
    const rsc = await fetch(`${site.url}${toolPage}`, { headers: { rsc: "1" } });
    expect(rsc.headers.get("x-toolrisk-cache")).toBeNull();
    expect(rsc.headers.get("content-type")).toContain("text/x-component");
    const withQuery = await fetch(`${site.url}${toolPage}?ref=x`);
    expect(withQuery.headers.get("x-toolrisk-cache")).toBeNull();
    for (let i = 0; i < 2; i++) {
      const missing = await fetch(`${site.url}/servers/filesystem/tools/no_such_tool`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-toolrisk-cache")).toBeNull();
    }
  });
});
