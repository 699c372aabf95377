import { z } from "zod";
import { getPrisma } from "@/lib/db";
import type { Category, Risk } from "@/lib/taxonomy";

/** A selection of the catalogue: whole servers, and single tools written "server/tool". */
export const PolicySelectionSchema = z.object({
  servers: z.array(z.string().trim().min(1).max(200)).max(50, "at most 50 servers at once").default([]),
  tools: z
    .array(
      z.object({
        server: z.string().trim().min(1).max(200),
        tool: z.string().trim().min(1).max(256),
      }),
    )
    .max(2_000, "at most 2,000 tools at once")
    .default([]),
});
export type PolicySelection = z.infer<typeof PolicySelectionSchema>;

/** "a,b" or repeated parameters → a list; "server/tool" → a pair (the tool part may hold "/"). */
export function selectionFromQuery(query: { servers?: string | string[]; tools?: string | string[] }): PolicySelection {
  const list = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value : value ? [value] : []).flatMap((item) => item.split(",")).filter(Boolean);
  const tools = list(query.tools).map((pair) => {
    const slash = pair.indexOf("/");
    return slash > 0 ? { server: pair.slice(0, slash), tool: pair.slice(slash + 1) } : { server: pair, tool: "" };
  });
  return PolicySelectionSchema.parse({ servers: list(query.servers), tools });
}

export type SelectedTool = {
  server: string;
  tool: string;
  category: Category | null;
  risk: Risk | null;
  description: string | null;
};

export type ResolvedSelection = { tools: SelectedTool[]; missing: string[] };

/** The current tools the selection names, with their classification; names it could not find are reported. */
export async function resolveSelection(selection: PolicySelection): Promise<ResolvedSelection> {
  const prisma = await getPrisma();
  const select = {
    name: true,
    category: true,
    risk: true,
    description: true,
    server: { select: { slug: true } },
  } as const;
  const [fromServers, singles] = await Promise.all([
    selection.servers.length
      ? prisma.tool.findMany({
          where: { removedAt: null, server: { slug: { in: selection.servers } } },
          orderBy: [{ serverId: "asc" }, { name: "asc" }],
          select,
        })
      : Promise.resolve([]),
    selection.tools.length
      ? prisma.tool.findMany({
          where: {
            removedAt: null,
            OR: selection.tools.map((pair) => ({ name: pair.tool, server: { slug: pair.server } })),
          },
          select,
        })
      : Promise.resolve([]),
  ]);
  const byKey = new Map<string, SelectedTool>();
  for (const row of [...fromServers, ...singles]) {
    byKey.set(`${row.server.slug}/${row.name}`, {
      server: row.server.slug,
      tool: row.name,
      category: row.category,
      risk: row.risk,
      description: row.description,
    });
  }
  const foundServers = new Set(fromServers.map((row) => row.server.slug));
  const missing = [
    ...selection.servers.filter((slug) => !foundServers.has(slug)).map((slug) => `server "${slug}"`),
    ...selection.tools
      .filter((pair) => !byKey.has(`${pair.server}/${pair.tool}`))
      .map((pair) => `tool "${pair.server}/${pair.tool}"`),
  ];
  return { tools: [...byKey.values()], missing };
}
