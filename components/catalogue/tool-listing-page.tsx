import { FilterForm } from "@/components/catalogue/filter-form";
import { ToolList } from "@/components/catalogue/tool-list";
import { Pagination } from "@/components/ui/pagination";
import { pageNumber } from "@/lib/queries/page-number";
import { firstValues } from "@/lib/queries/search-params";
import { listTools, type ToolFilter } from "@/lib/queries/tools";

export const TOOLS_PER_PAGE = 50;

/** The body shared by category and risk pages: every current tool of that kind, by server. */
export async function ToolListingPage({
  heading,
  intro,
  basePath,
  filter,
  searchParams,
  showCategory,
  showRisk,
}: {
  heading: string;
  intro: string;
  basePath: string;
  filter: ToolFilter;
  searchParams: Record<string, string | string[] | undefined>;
  showCategory: boolean;
  showRisk: boolean;
}) {
  const raw = firstValues(searchParams);
  const page = pageNumber(raw.page);
  const tools = await listTools({ ...filter, serverSlug: raw.server }, page, TOOLS_PER_PAGE);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {heading}{" "}
        <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">
          ({tools.total.toLocaleString("en-US")})
        </span>
      </h1>
      <p className="max-w-3xl">{intro}</p>
      <FilterForm action={basePath} values={raw} showQuery={false} showCategory={showCategory} showRisk={showRisk} />
      <ToolList tools={tools.items} testId="tool-listing" />
      <Pagination
        page={page}
        perPage={TOOLS_PER_PAGE}
        total={tools.total}
        basePath={basePath}
        query={{ server: raw.server, category: raw.category, risk: raw.risk }}
      />
    </div>
  );
}
