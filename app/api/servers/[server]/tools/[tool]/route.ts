import { apiRoute, notFoundError } from "@/lib/api/handler";
import { getToolPage } from "@/lib/queries/tools";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ server: string; tool: string }>(async (_request, { server, tool }) => {
  const data = await getToolPage(server, tool);
  if (!data) throw notFoundError(`Tool "${tool}" on server "${server}"`);
  return { server: data.server, tool: data.tool, classification: data.classification, revisions: data.revisions };
});
