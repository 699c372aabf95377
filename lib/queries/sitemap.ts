import { getPrisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CATEGORIES, categorySlug, RISKS, riskSlug } from "@/lib/taxonomy";
import { serverPath, toolPath } from "@/lib/urls";

/** The sitemaps protocol's limit per file. */
export const SITEMAP_URL_LIMIT = 50_000;

export const STATIC_PATHS = [
  "/",
  "/servers",
  "/categories",
  "/policy",
  "/docs/policy",
  "/docs/api",
  "/methodology",
  "/search",
] as const;

/**
 * A sitemap file. Servers and tools are split by id window: `tools-3` holds current tools with ids
 * in (150000, 200000]. A window of 50,000 ids can never hold more than 50,000 URLs, each file is one
 * range scan of the primary key (no OFFSET, however large the catalogue), and a page keeps its file
 * as the catalogue grows, so crawlers see stable sitemaps.
 */
export type SitemapFile = { kind: "pages" } | { kind: "servers" | "tools"; window: number };

export type SitemapEntry = { url: string; lastModified?: Date };

/** `prisma` and `windowSize` are for tests: a small window shows the splitting with a tiny catalogue. */
export type SitemapOptions = { prisma?: PrismaClient; base?: string; windowSize?: number };

const FILE_NAME = /^(?:(pages)|(servers|tools)-(\d{1,6}))\.xml$/;

export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "pages" ? "pages.xml" : `${file.kind}-${file.window}.xml`;
}

/** `tools-3.xml` → { kind: "tools", window: 3 }; anything else → undefined (a 404). */
export function parseSitemapFileName(name: string): SitemapFile | undefined {
  const [, pages, kind, window] = FILE_NAME.exec(name) ?? [];
  if (pages) return { kind: "pages" };
  if (kind === "servers" || kind === "tools") return { kind, window: Number(window) };
  return undefined;
}

export function sitemapFileUrl(file: SitemapFile, base = siteUrl()): string {
  return `${base}/sitemap/${sitemapFileName(file)}`;
}

type IdRange = { first: number; last: number } | undefined;

const windowOf = (id: number, size: number) => Math.floor((id - 1) / size);

function windows(kind: "servers" | "tools", range: IdRange, size: number): SitemapFile[] {
  if (!range) return [];
  const files: SitemapFile[] = [];
  for (let window = windowOf(range.first, size); window <= windowOf(range.last, size); window++) {
    files.push({ kind, window });
  }
  return files;
}

async function idRanges(prisma: PrismaClient): Promise<{ servers: IdRange; tools: IdRange }> {
  // The first and last id are one primary-key probe each. (Prisma's aggregate _min/_max with a
  // where clause scans every current tool instead: 370 ms at 500,000 tools.)
  const current = { removedAt: null };
  const id = { id: true } as const;
  const [firstServer, lastServer, firstTool, lastTool] = await Promise.all([
    prisma.server.findFirst({ orderBy: { id: "asc" }, select: id }),
    prisma.server.findFirst({ orderBy: { id: "desc" }, select: id }),
    prisma.tool.findFirst({ where: current, orderBy: { id: "asc" }, select: id }),
    prisma.tool.findFirst({ where: current, orderBy: { id: "desc" }, select: id }),
  ]);
  const range = (first?: { id: number } | null, last?: { id: number } | null): IdRange =>
    first && last ? { first: first.id, last: last.id } : undefined;
  return { servers: range(firstServer, lastServer), tools: range(firstTool, lastTool) };
}

/** Every sitemap file, for the index at /sitemap.xml. */
export async function listSitemapFiles(options: SitemapOptions = {}): Promise<SitemapFile[]> {
  const size = options.windowSize ?? SITEMAP_URL_LIMIT;
  const ranges = await idRanges(options.prisma ?? (await getPrisma()));
  return [{ kind: "pages" }, ...windows("servers", ranges.servers, size), ...windows("tools", ranges.tools, size)];
}

/** The URLs of one sitemap file, or undefined when no such file exists. */
export async function getSitemapEntries(
  file: SitemapFile,
  options: SitemapOptions = {},
): Promise<SitemapEntry[] | undefined> {
  const base = options.base ?? siteUrl();
  if (file.kind === "pages") return pageEntries(base);
  const size = options.windowSize ?? SITEMAP_URL_LIMIT;
  const db = options.prisma ?? (await getPrisma());
  const range = (await idRanges(db))[file.kind];
  if (!range || file.window < windowOf(range.first, size) || file.window > windowOf(range.last, size)) return undefined;
  const id = { gt: file.window * size, lte: (file.window + 1) * size };
  if (file.kind === "servers") {
    const rows = await db.server.findMany({
      where: { id },
      orderBy: { id: "asc" },
      select: { slug: true, updatedAt: true },
    });
    return rows.map((row) => ({ url: base + serverPath(row.slug), lastModified: row.updatedAt }));
  }
  const rows = await db.tool.findMany({
    where: { id, removedAt: null },
    orderBy: { id: "asc" },
    select: { name: true, changedAt: true, server: { select: { slug: true } } },
  });
  return rows.map((row) => ({ url: base + toolPath(row.server.slug, row.name), lastModified: row.changedAt }));
}

/** Home, the fixed pages, and one page per category and per risk level. */
export function pageEntries(base = siteUrl()): SitemapEntry[] {
  return [
    ...STATIC_PATHS.map((path) => ({ url: path === "/" ? `${base}/` : base + path })),
    ...CATEGORIES.map((category) => ({ url: `${base}/categories/${categorySlug(category)}` })),
    ...RISKS.map((risk) => ({ url: `${base}/risks/${riskSlug(risk)}` })),
  ];
}
