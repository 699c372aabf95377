import { z } from "zod";
import { apiRoute, queryOf } from "@/lib/api/handler";
import { listServers } from "@/lib/queries/servers";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

export const GET = apiRoute(async (request) => {
  const query = QuerySchema.parse(queryOf(request));
  return listServers(query);
});
