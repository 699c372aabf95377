import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ToolList } from "@/components/catalogue/tool-list";
import { PolicyTabs } from "@/components/policy/policy-tabs";
import { ConnectPanel } from "@/components/server/connect-panel";
import { ServerToolTable } from "@/components/server/server-tool-table";
import { CategoryBadge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { connectInfo } from "@/lib/content/connect";
import { countOf } from "@/lib/plural";
import { policyTabsForTools } from "@/lib/policy-tabs";
import { getServerPage } from "@/lib/queries/servers";
import { CATEGORIES } from "@/lib/taxonomy";
import { decodeParam, serverPath } from "@/lib/urls";

// Rendered on first request, then cached and refreshed at most every five minutes (see the tool page).
export const revalidate = 300;
export function generateStaticParams(): { server: string }[] {
  return [];
}

type Props = { params: Promise<{ server: string }> };

async function load(params: Props["params"]) {
  return getServerPage(decodeParam((await params).server));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Server not found" };
  const name = data.server.title ?? data.server.name;
  const title = `${name}: ${data.tools.length} MCP tools, risk and policy`;
  const description = `${name} lists ${countOf(data.tools.length, "tool")}. ${data.server.description ?? ""}`.slice(
    0,
    200,
  );
  const url = serverPath(data.server.slug);
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

const crawlStatusText: Record<string, string> = {
  ok: "succeeded",
  failed: "failed",
  skipped: "was skipped",
  never: "has not run",
};

export default async function ServerPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { server, tools } = data;
  const name = server.title ?? server.name;
  const classified = tools.flatMap((tool) =>
    tool.category && tool.risk
      ? [{ server: server.slug, tool: tool.name, category: tool.category, risk: tool.risk }]
      : [],
  );
  const tabs = classified.length ? policyTabsForTools(classified) : [];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/servers">Servers</Link> /
        </nav>
        <h1 className="text-3xl font-bold break-words">{name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {server.packageName ? (
            <>
              {server.packageRegistry} package <code>{server.packageName}</code>
              {server.packageVersion ? ` ${server.packageVersion}` : ""}
            </>
          ) : server.remoteUrl ? (
            <code>{server.remoteUrl}</code>
          ) : (
            server.name
          )}
          {server.repositoryUrl ? (
            <>
              {" · "}
              <a href={server.repositoryUrl} rel="nofollow noopener" className="break-all">
                source
              </a>
            </>
          ) : null}
        </p>
        {server.description ? <p className="whitespace-pre-wrap">{server.description}</p> : null}
        <p className="text-sm" data-testid="crawl-status">
          Last crawl {crawlStatusText[server.lastCrawlStatus] ?? server.lastCrawlStatus}
          {server.lastCrawledAt ? ` on ${server.lastCrawledAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}
          {server.lastCrawlError ? `: ${server.lastCrawlError}` : ""}.{" "}
          {server.lastCrawlStatus === "failed" ? "The tools below are from the last successful crawl." : null}
        </p>
        <ul className="flex flex-wrap gap-3" aria-label="Tools per category" data-testid="category-counts">
          {CATEGORIES.filter((category) => data.countsByCategory[category]).map((category) => (
            <li key={category} className="flex items-center gap-1 text-sm">
              <CategoryBadge category={category} /> {data.countsByCategory[category]}
            </li>
          ))}
        </ul>
      </header>

      {server.instructions ? (
        <Section id="instructions" title="What the server tells agents">
          <p className="whitespace-pre-wrap rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-900">
            {server.instructions}
          </p>
        </Section>
      ) : null}

      <Section id="connect" title="Install and connect">
        <ConnectPanel info={connectInfo(server)} />
      </Section>

      <Section id="tools" title={`Tools (${tools.length})`}>
        <ServerToolTable tools={tools} />
      </Section>

      {tabs.length ? (
        <Section id="policy" title={`Policy for all ${countOf(classified.length, "tool")}`}>
          <p className="text-sm">
            Deny by default, with the recommended rule for every tool of {name}. Edit it in the{" "}
            <Link href={`/policy?servers=${encodeURIComponent(server.slug)}`}>policy builder</Link>.
          </p>
          <PolicyTabs tabs={tabs} testId="server-policy" />
        </Section>
      ) : null}

      {data.removedTools.length ? (
        <Section id="removed" title="Tools no longer listed">
          <ToolList tools={data.removedTools} showServer={false} />
        </Section>
      ) : null}
    </article>
  );
}
