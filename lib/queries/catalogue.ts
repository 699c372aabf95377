import { getPrisma } from "@/lib/db";
import { CACHE_TTL, cached } from "@/lib/queries/cache";
import { CATEGORIES, type Category, RISKS, type Risk } from "@/lib/taxonomy";

export type CatalogueStats = {
  servers: number;
  tools: number;
  unclassified: number;
  byCategory: Record<Category, number>;
  byRisk: Record<Risk, number>;
  /** Keyed "Category/Risk", e.g. "Write/High". */
  byCategoryAndRisk: Partial<Record<`${Category}/${Risk}`, number>>;
};

/** Counts of current (not removed) tools, for the home page and the methodology page. */
export function getCatalogueStats(): Promise<CatalogueStats> {
  return cached("catalogue-stats", CACHE_TTL.catalogueStats, async () => {
    const prisma = await getPrisma();
    const [servers, groups] = await Promise.all([
      prisma.server.count(),
      prisma.tool.groupBy({ by: ["category", "risk"], where: { removedAt: null }, _count: { _all: true } }),
    ]);
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const byRisk = Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>;
    const byCategoryAndRisk: CatalogueStats["byCategoryAndRisk"] = {};
    let tools = 0;
    let unclassified = 0;
    for (const group of groups) {
      const count = group._count._all;
      tools += count;
      if (group.category) byCategory[group.category] += count;
      if (group.risk) byRisk[group.risk] += count;
      if (group.category && group.risk) byCategoryAndRisk[`${group.category}/${group.risk}`] = count;
      if (!group.category) unclassified += count;
    }
    return { servers, tools, unclassified, byCategory, byRisk, byCategoryAndRisk };
  });
}

/**
 * How many current tools have this category and/or risk, from the cached counts: counting 200,000
 * Read tools on every category page view would cost more than the page.
 */
export async function countCurrentTools(filter: { category?: Category; risk?: Risk }): Promise<number> {
  const stats = await getCatalogueStats();
  if (filter.category && filter.risk) return stats.byCategoryAndRisk[`${filter.category}/${filter.risk}`] ?? 0;
  if (filter.category) return stats.byCategory[filter.category];
  if (filter.risk) return stats.byRisk[filter.risk];
  return stats.tools;
}
