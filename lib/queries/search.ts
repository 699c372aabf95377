import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ToolListItem } from "@/lib/queries/view-models";
import { CategorySchema, RiskSchema } from "@/lib/taxonomy";

/** Search parameters, as the page and the API accept them. */
export const SearchParamsSchema = z.object({
  q: z.string().trim().max(200, "q: at most 200 characters").default(""),
  category: CategorySchema.optional(),
  risk: RiskSchema.optional(),
  server: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchParams = z.infer<typeof SearchParamsSchema>;

export const SEARCH_PAGE_SIZE = 20;
/**
 * Counting and ranking every match of a common word over 500,000 tools is wasted work: stop at this
 * many matches. Results then say "1,000+" and rank the first 1,000 the index yields; more words or a
 * filter narrow the search.
 */
export const SEARCH_COUNT_CAP = 1_000;

const toolColumns = Prisma.sql`t.name, t.title, left(t.description, 300) AS description, t.category::text AS category,
  t.risk::text AS risk, s.slug AS "serverSlug", coalesce(s.title, s.name) AS "serverName"`;

export type SearchResults = {
  tools: ToolListItem[];
  toolTotal: number;
  toolTotalCapped: boolean;
  servers: { slug: string; name: string; title: string | null; description: string | null; toolCount: number }[];
};

/**
 * Each word of the query as a prefix ("creat" finds create_issue), all required. Only letters and
 * digits reach to_tsquery, so its syntax cannot be injected.
 */
export function prefixQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

/** Every word starts a word of the vector, or the query matches it as stemmed English. */
function textMatch(vector: Prisma.Sql, prefix: string, q: string): Prisma.Sql {
  return Prisma.sql`(${vector} @@ to_tsquery('simple', ${prefix}) OR ${vector} @@ websearch_to_tsquery('english', ${q}))`;
}

export async function searchCatalogue(params: SearchParams): Promise<SearchResults> {
  const prisma = await getPrisma();
  const prefix = prefixQuery(params.q);
  const filters: Prisma.Sql[] = [Prisma.sql`t."removedAt" IS NULL`];
  if (prefix) {
    filters.push(textMatch(Prisma.raw('t."searchVector"'), prefix, params.q));
  }
  if (params.category) filters.push(Prisma.sql`t.category = ${params.category}::"Category"`);
  if (params.risk) filters.push(Prisma.sql`t.risk = ${params.risk}::"Risk"`);
  if (params.server) filters.push(Prisma.sql`t."serverId" = (SELECT id FROM "Server" WHERE slug = ${params.server})`);
  const where = Prisma.join(filters, " AND ");
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;

  const [rows, counted, servers] = await Promise.all([
    prefix
      ? // Ranking reads every match's vector: a common word matches tens of thousands of tools, so
        // only the first SEARCH_COUNT_CAP matches the index yields are ranked.
        prisma.$queryRaw<ToolRow[]>`
          WITH candidates AS MATERIALIZED (
            SELECT t.id, ts_rank_cd(t."searchVector", to_tsquery('simple', ${prefix}) || websearch_to_tsquery('english', ${params.q})) AS rank
            FROM "Tool" t WHERE ${where} LIMIT ${SEARCH_COUNT_CAP}
          )
          SELECT ${toolColumns} FROM candidates c
          JOIN "Tool" t ON t.id = c.id JOIN "Server" s ON s.id = t."serverId"
          ORDER BY c.rank DESC, t.name ASC, t.id ASC
          LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`
      : // No words: the (serverId, name) index yields tools in order, so the page costs its length.
        prisma.$queryRaw<ToolRow[]>`
          SELECT ${toolColumns} FROM "Tool" t JOIN "Server" s ON s.id = t."serverId"
          WHERE ${where}
          ORDER BY t."serverId" ASC, t.name ASC
          LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Tool" t WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) matches`,
    prefix && params.page === 1 && !params.server
      ? prisma.$queryRaw<SearchResults["servers"]>`
          WITH candidates AS MATERIALIZED (
            SELECT id, ts_rank_cd("searchVector", to_tsquery('simple', ${prefix})) AS rank
            FROM "Server"
            WHERE ${textMatch(Prisma.raw('"searchVector"'), prefix, params.q)}
            LIMIT ${SEARCH_COUNT_CAP}
          )
          SELECT slug, name, title, left(description, 300) AS description, "toolCount"
          FROM candidates c JOIN "Server" s ON s.id = c.id
          ORDER BY c.rank DESC, slug ASC
          LIMIT 10`
      : Promise.resolve([]),
  ]);
  const total = Number(counted[0]?.n ?? 0);
  return {
    tools: rows.map((row) => ({
      serverSlug: row.serverSlug,
      serverName: row.serverName,
      name: row.name,
      title: row.title,
      description: row.description,
      category: CategorySchema.safeParse(row.category).data ?? null,
      risk: RiskSchema.safeParse(row.risk).data ?? null,
      removed: false,
    })),
    toolTotal: Math.min(total, SEARCH_COUNT_CAP),
    toolTotalCapped: total > SEARCH_COUNT_CAP,
    servers,
  };
}

type ToolRow = {
  name: string;
  title: string | null;
  description: string | null;
  category: string | null;
  risk: string | null;
  serverSlug: string;
  serverName: string;
};
