import { getPrisma } from "@/lib/db";

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
