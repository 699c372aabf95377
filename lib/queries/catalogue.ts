import { getPrisma } from "@/lib/db";
import { CACHE_TTL, cached } from "@/lib/queries/cache";
import { CATEGORIES, type Category, RISKS, type Risk } from "@/lib/taxonomy";

export type CatalogueStats = {
  servers: number;
  tools: number;
  unclassified: number;
  byCategory: Record<Category, number>;
  byRisk: Record<Risk, number>;
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
    let tools = 0;
    let unclassified = 0;
    for (const group of groups) {
      const count = group._count._all;
      tools += count;
      if (group.category) byCategory[group.category] += count;
      if (group.risk) byRisk[group.risk] += count;
      if (!group.category) unclassified += count;
    }
    return { servers, tools, unclassified, byCategory, byRisk };
  });
}
