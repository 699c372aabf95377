import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ToolList } from "@/components/catalogue/tool-list";
import { PolicyTabs } from "@/components/policy/policy-tabs";
import { AnnotationsTable } from "@/components/tool/annotations-table";
import { EvidenceList } from "@/components/tool/evidence-list";
import { RevisionHistory } from "@/components/tool/revision-history";
import { SchemaTable } from "@/components/tool/schema-table";
import { ToolFaq, toolFaq } from "@/components/tool/tool-faq";
import { CategoryBadge, RiskBadge, UnclassifiedBadge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { categoryMeaning, recommendedRuleText, riskMeaning } from "@/lib/content/categories";
import { countOf } from "@/lib/plural";
import { policyTabsForTools } from "@/lib/policy-tabs";
import { getToolPage } from "@/lib/queries/tools";
import { categorySlug } from "@/lib/taxonomy";
import { decodeParam, serverPath, toolPath } from "@/lib/urls";

// Rendered on first request, then served from cache (Next's, and the page cache of scripts/serve.ts)
// and re-rendered in the background at most every five minutes: the crawler and classifier write
// from other processes, so a page may lag them by five minutes. No page is generated at build time,
// so the build does not grow with the catalogue.
export const revalidate = 300;
export function generateStaticParams(): { server: string; tool: string }[] {
  return [];
}

type Props = { params: Promise<{ server: string; tool: string }> };

async function load(params: Props["params"]) {
  const { server, tool } = await params;
  return getToolPage(decodeParam(server), decodeParam(tool));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Tool not found" };
  const label = data.classification
    ? `${data.classification.category}, ${data.classification.risk} risk`
    : "not yet classified";
  const title = `${data.tool.name} (${data.server.title ?? data.server.name}): ${label}`;
  const description = `${data.tool.name} on ${data.server.title ?? data.server.name}: ${label}. ${(data.tool.description ?? "").slice(0, 150)}`;
  const url = toolPath(data.server.slug, data.tool.name);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: "article" },
  };
}

export default async function ToolPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { tool, server, classification } = data;
  const serverName = server.title ?? server.name;
  const tabs = classification
    ? policyTabsForTools([
        { server: server.slug, tool: tool.name, category: classification.category, risk: classification.risk },
      ])
    : [];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/servers">Servers</Link> / <Link href={serverPath(server.slug)}>{serverName}</Link> / tools
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-3xl font-bold break-all">{tool.name}</h1>
          {classification ? (
            <>
              <RiskBadge risk={classification.risk} />
              <CategoryBadge category={classification.category} />
            </>
          ) : (
            <UnclassifiedBadge />
          )}
        </div>
        {tool.title ? <p className="text-lg">{tool.title}</p> : null}
        {tool.removedAt ? (
          <p role="note" className="rounded-md bg-zinc-100 p-2 text-sm dark:bg-zinc-900">
            The server stopped listing this tool on {tool.removedAt.toISOString().slice(0, 10)}. It is kept here with
            its history.
          </p>
        ) : null}
        <p className="whitespace-pre-wrap text-zinc-800 dark:text-zinc-200" data-testid="tool-description">
          {tool.description?.trim() || "The definition carries no description."}
        </p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Provided by <Link href={serverPath(server.slug)}>{serverName}</Link>
          {server.packageName ? (
            <>
              {" "}
              ({server.packageRegistry} package{" "}
              <code>
                {server.packageName}
                {server.packageVersion ? `@${server.packageVersion}` : ""}
              </code>
              )
            </>
          ) : server.remoteUrl ? (
            <>
              {" "}
              at <code>{server.remoteUrl}</code>
            </>
          ) : null}
          . First seen {tool.firstSeenAt.toISOString().slice(0, 10)}, last seen{" "}
          {tool.lastSeenAt.toISOString().slice(0, 10)}.
        </p>
      </header>

      {classification ? (
        <>
          <Section id="what-it-does" title="What it does">
            <p>
              <strong>{classification.category}</strong>: {categoryMeaning[classification.category].long}
            </p>
            <p>
              <strong>{classification.risk} risk</strong>: {riskMeaning[classification.risk]}
            </p>
          </Section>
          <Section id="why-policy" title="Why it needs a policy">
            <p className="whitespace-pre-wrap" data-testid="rationale">
              {classification.rationale}
            </p>
            <p>Recommended rule: {recommendedRuleText(classification.category, classification.risk)}</p>
          </Section>
          <Section id="evidence" title="From the tool's definition">
            <EvidenceList evidence={classification.evidence} />
            <p className="text-xs text-zinc-500">
              Classified by {classification.classifier} on {classification.classifiedAt.toISOString().slice(0, 10)},
              confidence {classification.confidence.toFixed(2)}.{" "}
              <Link href="/methodology">How classification works</Link>.
            </p>
          </Section>
        </>
      ) : (
        <Section id="what-it-does" title="What it does">
          <p>This tool has not been classified yet; it will be after the next classification run.</p>
        </Section>
      )}

      <Section id="annotations" title="Annotations: declared and found">
        <AnnotationsTable annotations={tool.annotations} findings={classification?.annotationFindings ?? []} />
      </Section>

      {tabs.length ? (
        <Section id="policy" title="Recommended policy">
          <p className="text-sm">
            Deny by default; this tool gets the rule for {classification?.category} / {classification?.risk}. The same
            policy in other formats is under the tabs.{" "}
            <Link href={`${serverPath(server.slug)}#policy`}>
              The policy for all {countOf(server.toolCount, "tool")} of {serverName}
            </Link>
            .
          </p>
          <PolicyTabs tabs={tabs} testId="tool-policy" />
        </Section>
      ) : null}

      <Section id="input-schema" title="Parameters">
        <SchemaTable schema={tool.inputSchema} />
      </Section>

      <Section id="history" title="Definition history">
        <RevisionHistory revisions={data.revisions} />
      </Section>

      <Section id="related" title={`Other tools on ${serverName}`}>
        <ToolList tools={data.siblings} showServer={false} testId="sibling-tools" />
        {server.toolCount - 1 > data.siblings.length ? (
          <p className="text-sm">
            <Link href={`${serverPath(server.slug)}#tools`}>
              All {countOf(server.toolCount, "tool")} of {serverName}
            </Link>
          </p>
        ) : null}
      </Section>

      {classification ? (
        <Section id="same-category" title={`Other ${classification.category} tools`}>
          <ToolList tools={data.sameCategory} testId="same-category-tools" />
          <p className="text-sm">
            <Link href={`/categories/${categorySlug(classification.category)}`}>
              Every {classification.category} tool
            </Link>
          </p>
        </Section>
      ) : null}

      <Section id="faq" title="Questions">
        <ToolFaq entries={toolFaq(data)} />
      </Section>
    </article>
  );
}
