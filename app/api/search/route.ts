import { apiRoute, queryOf } from "@/lib/api/handler";
import { SearchParamsSchema, searchCatalogue } from "@/lib/queries/search";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => searchCatalogue(SearchParamsSchema.parse(queryOf(request))));
