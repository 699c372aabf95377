import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getSitemapEntries,
  listSitemapFiles,
  parseSitemapFileName,
  type SitemapFile,
  sitemapFileName,
} from "@/lib/queries/sitemap";
import { SeedOptionsSchema } from "@/lib/synthetic/options";
import { seedSyntheticCatalogue } from "@/lib/synthetic/seed";
import { prismaSeedTarget } from "@/lib/synthetic/target";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

const BASE = "https://toolrisk.example";
const WINDOW = 10;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSyntheticCatalogue(prismaSeedTarget(db.prisma), SeedOptionsSchema.parse({ servers: 9, toolsPerServer: 3 }));
  // A tool name that must be escaped in a URL, and a removed tool that must not be listed.
  await db.prisma.server.create({
    data: {
      slug: "odd-server",
      name: "odd",
      tools: {
        create: [
          { name: "run query/all & more", inputSchema: {}, definitionHash: "a" },
          { name: "gone_tool", inputSchema: {}, definitionHash: "b", removedAt: new Date() },
        ],
      },
    },
  });
});
afterAll(() => db.close());

const options = () => ({ prisma: db.prisma, base: BASE, windowSize: WINDOW });

async function entriesOf(file: SitemapFile): Promise<string[]> {
  return ((await getSitemapEntries(file, options())) ?? []).map((entry) => entry.url);
}

describe("sitemap queries", () => {
  it("splits servers and tools into files of at most the window size", async () => {
    const files = await listSitemapFiles(options());
    const tools = await db.prisma.tool.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const lastToolWindow = Math.floor(((tools.at(-1)?.id ?? 0) - 1) / WINDOW);
    expect(files[0]).toEqual({ kind: "pages" });
    expect(files.filter((file) => file.kind === "servers")).toEqual([{ kind: "servers", window: 0 }]);
    const toolFiles = files.filter((file) => file.kind === "tools");
    expect(toolFiles.length).toBeGreaterThanOrEqual(3);
    expect(toolFiles.at(-1)).toEqual({ kind: "tools", window: lastToolWindow });
    for (const file of toolFiles) expect((await entriesOf(file)).length).toBeLessThanOrEqual(WINDOW);
  });

  it("lists every current tool page exactly once, with encoded names, and no removed tool", async () => {
    const files = (await listSitemapFiles(options())).filter((file) => file.kind === "tools");
    const urls = (await Promise.all(files.map(entriesOf))).flat();
    const current = await db.prisma.tool.findMany({ where: { removedAt: null }, include: { server: true } });
    expect(urls).toHaveLength(current.length);
    expect(new Set(urls).size).toBe(urls.length);
    const first = current.find((tool) => tool.server.slug.startsWith("syn-"));
    expect(urls).toContain(`${BASE}/servers/${first?.server.slug}/tools/${encodeURIComponent(first?.name ?? "")}`);
    expect(urls).toContain(`${BASE}/servers/odd-server/tools/run%20query%2Fall%20%26%20more`);
    expect(urls.some((url) => url.endsWith("/gone_tool"))).toBe(false);
  });

  it("lists every server page, with its last change", async () => {
    const entries = (await getSitemapEntries({ kind: "servers", window: 0 }, options())) ?? [];
    expect(entries).toHaveLength(10);
    expect(entries.every((entry) => entry.url.startsWith(`${BASE}/servers/`) && entry.lastModified)).toBe(true);
    expect(entries.map((entry) => entry.url)).toContain(`${BASE}/servers/odd-server`);
  });

  it("lists home, the fixed pages, and each category and risk page as absolute URLs", async () => {
    const urls = await entriesOf({ kind: "pages" });
    expect(urls).toEqual(
      expect.arrayContaining([
        `${BASE}/`,
        `${BASE}/servers`,
        `${BASE}/docs/api`,
        `${BASE}/search`,
        `${BASE}/categories/destructive`,
        `${BASE}/risks/critical`,
      ]),
    );
    expect(urls).toHaveLength(8 + 5 + 4);
  });

  it("answers undefined for a window outside the catalogue, and parses only known file names", async () => {
    expect(await getSitemapEntries({ kind: "tools", window: 999 }, options())).toBeUndefined();
    expect(parseSitemapFileName("tools-3.xml")).toEqual({ kind: "tools", window: 3 });
    expect(parseSitemapFileName("pages.xml")).toEqual({ kind: "pages" });
    for (const bad of ["tools.xml", "tools-x.xml", "servers-1.json", "../etc.xml"]) {
      expect(parseSitemapFileName(bad)).toBeUndefined();
    }
    expect(sitemapFileName({ kind: "servers", window: 2 })).toBe("servers-2.xml");
  });
});
