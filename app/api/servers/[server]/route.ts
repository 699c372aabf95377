import { apiRoute, notFoundError } from "@/lib/api/handler";
import { getServerPage } from "@/lib/queries/servers";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ server: string }>(async (_request, { server }) => {
  const data = await getServerPage(server);
  if (!data) throw notFoundError(`Server "${server}"`);
  return data;
});
