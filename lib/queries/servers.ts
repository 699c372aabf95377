import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { ToolListItem } from "@/lib/queries/view-models";
import type { Category } from "@/lib/taxonomy";

export type ServerListItem = {
  slug: string;
  name: string;
  title: string | null;
  description: string | null;
  packageName: string | null;
  toolCount: number;
  lastCrawlStatus: string;
};

export type Page<T> = { items: T[]; total: number; page: number; perPage: number };

export async function listServers({ page, perPage }: { page: number; perPage: number }): Promise<Page<ServerListItem>> {
  const prisma = await getPrisma();
  const [items, total] = await Promise.all([
    prisma.server.findMany({
      orderBy: { slug: "asc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        slug: true,
        name: true,
        title: true,
        description: true,
        packageName: true,
        toolCount: true,
        lastCrawlStatus: true,
      },
    }),
    prisma.server.count(),
  ]);
  return { items, total, page, perPage };
}

export type ServerPageData = {
  server: {
    slug: string;
    name: string;
    title: string | null;
    description: string | null;
    version: string | null;
    packageRegistry: string | null;
    packageName: string | null;
    packageVersion: string | null;
    remoteUrl: string | null;
    repositoryUrl: string | null;
    transport: string | null;
    instructions: string | null;
    entry: unknown;
    lastCrawledAt: Date | null;
    lastCrawlStatus: string;
    lastCrawlError: string | null;
    toolCount: number;
  };
  tools: ToolListItem[];
  removedTools: ToolListItem[];
  countsByCategory: Partial<Record<Category, number>>;
};

/**
 * A server with every tool it lists (and those it stopped listing), for the server page. Memoised
 * per request (React cache), so the page and its metadata share one load.
 */
export const getServerPage = cache(async function getServerPage(slug: string): Promise<ServerPageData | null> {
  const prisma = await getPrisma();
  const server = await prisma.server.findUnique({ where: { slug } });
  if (!server) return null;
  const rows = await prisma.tool.findMany({
    where: { serverId: server.id },
    orderBy: { name: "asc" },
    select: { name: true, title: true, description: true, category: true, risk: true, removedAt: true },
  });
  const serverName = server.title ?? server.name;
  const items = rows.map(
    (row): ToolListItem => ({
      serverSlug: server.slug,
      serverName,
      name: row.name,
      title: row.title,
      description: row.description,
      category: row.category,
      risk: row.risk,
      removed: row.removedAt !== null,
    }),
  );
  const tools = items.filter((tool) => !tool.removed);
  const countsByCategory: Partial<Record<Category, number>> = {};
  for (const tool of tools)
    if (tool.category) countsByCategory[tool.category] = (countsByCategory[tool.category] ?? 0) + 1;
  return {
    server: {
      slug: server.slug,
      name: server.name,
      title: server.title,
      description: server.description,
      version: server.version,
      packageRegistry: server.packageRegistry,
      packageName: server.packageName,
      packageVersion: server.packageVersion,
      remoteUrl: server.remoteUrl,
      repositoryUrl: server.repositoryUrl,
      transport: server.transport,
      instructions: server.instructions,
      entry: server.entry,
      lastCrawledAt: server.lastCrawledAt,
      lastCrawlStatus: server.lastCrawlStatus,
      lastCrawlError: server.lastCrawlError,
      toolCount: server.toolCount,
    },
    tools,
    removedTools: items.filter((tool) => tool.removed),
    countsByCategory,
  };
});
