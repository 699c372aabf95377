import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { countOf } from "@/lib/plural";
import { pageNumber } from "@/lib/queries/page-number";
import { firstValues } from "@/lib/queries/search-params";
import { listServers } from "@/lib/queries/servers";
import { serverPath } from "@/lib/urls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "MCP servers", alternates: { canonical: "/servers" } };

const PER_PAGE = 60;

export default async function ServersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = pageNumber(firstValues(await searchParams).page);
  const servers = await listServers({ page, perPage: PER_PAGE });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">MCP servers ({servers.total.toLocaleString("en-US")})</h1>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {servers.items.map((server) => (
          <li key={server.slug} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <Link href={serverPath(server.slug)} className="font-medium">
              {server.title ?? server.name}
            </Link>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {countOf(server.toolCount, "tool")}
              {server.lastCrawlStatus === "failed" ? " · last crawl failed" : ""}
            </p>
            {server.description ? <p className="line-clamp-2 text-sm">{server.description}</p> : null}
          </li>
        ))}
      </ul>
      <Pagination page={page} perPage={PER_PAGE} total={servers.total} basePath="/servers" />
    </div>
  );
}
