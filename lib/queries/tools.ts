import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countCurrentTools } from "@/lib/queries/catalogue";
import type { Page } from "@/lib/queries/servers";
import {
  type ClassificationView,
  parseAnnotations,
  type ToolListItem,
  toClassificationView,
} from "@/lib/queries/view-models";
import type { Category, Risk } from "@/lib/taxonomy";
import type { ToolAnnotations } from "@/lib/tool-definition";

const toolListSelect = {
  name: true,
  title: true,
  description: true,
  category: true,
  risk: true,
  removedAt: true,
  server: { select: { slug: true, name: true, title: true } },
} satisfies Prisma.ToolSelect;

type ToolListRow = Prisma.ToolGetPayload<{ select: typeof toolListSelect }>;

export function toToolListItem(row: ToolListRow): ToolListItem {
  return {
    serverSlug: row.server.slug,
    serverName: row.server.title ?? row.server.name,
    name: row.name,
    title: row.title,
    description: row.description,
    category: row.category,
    risk: row.risk,
    removed: row.removedAt !== null,
  };
}

export type RevisionView = { hash: string; definition: unknown; firstSeenAt: Date; lastSeenAt: Date };

export type ToolPageData = {
  server: {
    slug: string;
    name: string;
    title: string | null;
    packageRegistry: string | null;
    packageName: string | null;
    packageVersion: string | null;
    remoteUrl: string | null;
    repositoryUrl: string | null;
    transport: string | null;
    toolCount: number;
  };
  tool: {
    name: string;
    title: string | null;
    description: string | null;
    inputSchema: unknown;
    outputSchema: unknown;
    annotations: ToolAnnotations | undefined;
    firstSeenAt: Date;
    lastSeenAt: Date;
    removedAt: Date | null;
    definitionHash: string;
  };
  classification: ClassificationView | null;
  revisions: RevisionView[];
  siblings: ToolListItem[];
  sameCategory: ToolListItem[];
};

/** The page links to the server page for the rest: a 300-tool server must not make every tool page heavy. */
const SIBLING_LIMIT = 40;
const SAME_CATEGORY_LIMIT = 8;

/**
 * Everything the tool page shows, in a fixed number of queries whatever the catalogue's size (eight:
 * Prisma loads each included relation with a query of its own). Memoised per request (React cache),
 * so the page and its metadata share one load.
 */
export const getToolPage = cache(async function getToolPage(
  serverSlug: string,
  toolName: string,
): Promise<ToolPageData | null> {
  const prisma = await getPrisma();
  const row = await prisma.tool.findFirst({
    where: { name: toolName, server: { slug: serverSlug } },
    include: {
      server: true,
      classifications: { orderBy: { createdAt: "desc" }, take: 1 },
      revisions: { orderBy: { firstSeenAt: "desc" }, take: 20 },
    },
  });
  if (!row) return null;
  const current = row.classifications[0];
  const [siblings, sameCategory] = await Promise.all([
    prisma.tool.findMany({
      where: { serverId: row.serverId, removedAt: null, NOT: { id: row.id } },
      orderBy: { name: "asc" },
      take: SIBLING_LIMIT,
      select: toolListSelect,
    }),
    row.category
      ? prisma.tool.findMany({
          where: { category: row.category, removedAt: null, NOT: { serverId: row.serverId } },
          orderBy: [{ risk: "desc" }, { changedAt: "desc" }],
          take: SAME_CATEGORY_LIMIT,
          select: toolListSelect,
        })
      : Promise.resolve([]),
  ]);
  const server = row.server;
  return {
    server: {
      slug: server.slug,
      name: server.name,
      title: server.title,
      packageRegistry: server.packageRegistry,
      packageName: server.packageName,
      packageVersion: server.packageVersion,
      remoteUrl: server.remoteUrl,
      repositoryUrl: server.repositoryUrl,
      transport: server.transport,
      toolCount: server.toolCount,
    },
    tool: {
      name: row.name,
      title: row.title,
      description: row.description,
      inputSchema: row.inputSchema,
      outputSchema: row.outputSchema,
      annotations: parseAnnotations(row.annotations),
      firstSeenAt: row.firstSeenAt,
      lastSeenAt: row.lastSeenAt,
      removedAt: row.removedAt,
      definitionHash: row.definitionHash,
    },
    classification: current ? toClassificationView(current) : null,
    revisions: row.revisions.map((revision) => ({
      hash: revision.hash,
      definition: revision.definition,
      firstSeenAt: revision.firstSeenAt,
      lastSeenAt: revision.lastSeenAt,
    })),
    siblings: siblings.map(toToolListItem),
    sameCategory: sameCategory.map(toToolListItem),
  };
});

export type ToolFilter = { category?: Category; risk?: Risk; serverSlug?: string };

/**
 * Current tools of a category or risk level, paginated; ordered so the index serves it. Without a
 * server filter the total comes from the cached catalogue counts (at most a minute old).
 */
export async function listTools(filter: ToolFilter, page: number, perPage: number): Promise<Page<ToolListItem>> {
  const prisma = await getPrisma();
  const where: Prisma.ToolWhereInput = {
    removedAt: null,
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.risk ? { risk: filter.risk } : {}),
    ...(filter.serverSlug ? { server: { slug: filter.serverSlug } } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.tool.findMany({
      where,
      orderBy: [{ serverId: "asc" }, { name: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: toolListSelect,
    }),
    filter.serverSlug ? prisma.tool.count({ where }) : countCurrentTools(filter),
  ]);
  return { items: rows.map(toToolListItem), total, page, perPage };
}

/** Tools whose definition changed (or appeared) most recently, for the home page. */
export async function listRecentlyChangedTools(limit: number): Promise<(ToolListItem & { changedAt: Date })[]> {
  const prisma = await getPrisma();
  const rows = await prisma.tool.findMany({
    orderBy: { changedAt: "desc" },
    take: limit,
    select: { ...toolListSelect, changedAt: true },
  });
  return rows.map((row) => ({ ...toToolListItem(row), changedAt: row.changedAt }));
}
