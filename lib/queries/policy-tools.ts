import { type Db, getPrisma } from "@/lib/db";

/**
 * The names of a catalogue server's current tools (removed ones left out), sorted; undefined when
 * the catalogue has no server with this slug. Used to check a policy's tool names.
 */
export async function currentToolNames(slug: string, db?: Db): Promise<string[] | undefined> {
  const prisma = db ?? (await getPrisma());
  const server = await prisma.server.findUnique({
    where: { slug },
    select: { tools: { where: { removedAt: null }, select: { name: true }, orderBy: { name: "asc" } } },
  });
  return server?.tools.map((tool) => tool.name);
}
