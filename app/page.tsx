import Link from "next/link";
import { ToolList } from "@/components/catalogue/tool-list";
import { countOf } from "@/lib/plural";
import { getCatalogueStats } from "@/lib/queries/catalogue";
import { listServers } from "@/lib/queries/servers";
import { listRecentlyChangedTools } from "@/lib/queries/tools";
import { siteConfig } from "@/lib/site-config";
import { CATEGORIES, categorySlug } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [stats, servers, recent] = await Promise.all([
    getCatalogueStats(),
    listServers({ page: 1, perPage: 100 }),
    listRecentlyChangedTools(10),
  ]);
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">{siteConfig.tagline}</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{siteConfig.description}</p>
        <form action="/search" className="flex max-w-xl gap-2 pt-2">
          <label htmlFor="home-search" className="sr-only">
            Search tools and servers
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder="Search 'delete', 'payment', 'shell'…"
            className="flex-1 rounded-md border border-zinc-300 bg-transparent px-3 py-2 dark:border-zinc-700"
          />
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            Search
          </button>
        </form>
        <dl className="flex flex-wrap gap-6 pt-2" aria-label="Catalogue size">
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">Servers</dt>
            <dd className="text-2xl font-semibold" data-testid="server-count">
              {stats.servers.toLocaleString("en-US")}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">Tools</dt>
            <dd className="text-2xl font-semibold" data-testid="tool-count">
              {stats.tools.toLocaleString("en-US")}
            </dd>
          </div>
          {CATEGORIES.map((category) => (
            <div key={category}>
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">
                <Link href={`/categories/${categorySlug(category)}`}>{category}</Link>
              </dt>
              <dd className="text-2xl font-semibold" data-testid={`count-${categorySlug(category)}`}>
                {stats.byCategory[category].toLocaleString("en-US")}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-xl font-semibold">
          Recently changed tools
        </h2>
        <ToolList tools={recent} testId="recent-tools" />
      </section>
      <section aria-labelledby="servers-heading">
        <h2 id="servers-heading" className="mb-3 text-xl font-semibold">
          Servers
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="server-list">
          {servers.items.map((server) => (
            <li key={server.slug} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
              <Link href={`/servers/${server.slug}`} className="font-medium">
                {server.title ?? server.name}
              </Link>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {countOf(server.toolCount, "tool")}
                {server.packageName && server.packageName !== server.name ? ` · ${server.packageName}` : ""}
              </p>
            </li>
          ))}
        </ul>
        {servers.total > servers.items.length ? (
          <p className="mt-3">
            <Link href="/servers">All {servers.total.toLocaleString("en-US")} servers</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
