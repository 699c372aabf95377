import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/catalogue/filter-form";
import { ToolList } from "@/components/catalogue/tool-list";
import { Pagination } from "@/components/ui/pagination";
import { countOf } from "@/lib/plural";
import { SEARCH_PAGE_SIZE, SearchParamsSchema, searchCatalogue } from "@/lib/queries/search";
import { firstValues } from "@/lib/queries/search-params";
import { serverPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstValues(await searchParams).q;
  return { title: q ? `Search: ${q}` : "Search", alternates: { canonical: "/search" }, robots: { index: !q } };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = firstValues(await searchParams);
  const parsed = SearchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Search</h1>
        <p role="alert">
          That search could not be run: {parsed.error.issues.map((issue) => issue.message).join("; ")}.
        </p>
        <FilterForm action="/search" values={{}} />
      </div>
    );
  }
  const params = parsed.data;
  const results = await searchCatalogue(params);
  const totalText = `${results.toolTotal.toLocaleString("en-US")}${results.toolTotalCapped ? "+" : ""}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{params.q ? <>Results for “{params.q}”</> : "Search the catalogue"}</h1>
      <FilterForm action="/search" values={raw} />
      {results.servers.length ? (
        <section aria-labelledby="server-results" className="space-y-2">
          <h2 id="server-results" className="text-lg font-semibold">
            Servers
          </h2>
          <ul className="space-y-1" data-testid="server-results">
            {results.servers.map((server) => (
              <li key={server.slug}>
                <Link href={serverPath(server.slug)} className="font-medium">
                  {server.title ?? server.name}
                </Link>{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">{countOf(server.toolCount, "tool")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tool-results" className="space-y-2">
        <h2 id="tool-results" className="text-lg font-semibold">
          Tools <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({totalText})</span>
        </h2>
        <ToolList tools={results.tools} testId="tool-results" />
        <Pagination
          page={params.page}
          perPage={SEARCH_PAGE_SIZE}
          total={results.toolTotal}
          basePath="/search"
          query={{ q: params.q, category: params.category, risk: params.risk, server: params.server }}
        />
      </section>
    </div>
  );
}
