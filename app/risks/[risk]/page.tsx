import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ToolListingPage } from "@/components/catalogue/tool-listing-page";
import { riskMeaning } from "@/lib/content/categories";
import { CategorySchema, riskFromSlug } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ risk: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const risk = riskFromSlug((await params).risk);
  if (!risk) return { title: "Risk level not found" };
  return {
    title: `${risk}-risk MCP tools`,
    description: riskMeaning[risk],
    alternates: { canonical: `/risks/${risk.toLowerCase()}` },
  };
}

export default async function RiskPage({ params, searchParams }: Props) {
  const risk = riskFromSlug((await params).risk);
  if (!risk) notFound();
  const query = await searchParams;
  const category = CategorySchema.safeParse(Array.isArray(query.category) ? query.category[0] : query.category).data;
  return (
    <ToolListingPage
      heading={`${risk}-risk tools`}
      intro={riskMeaning[risk]}
      basePath={`/risks/${risk.toLowerCase()}`}
      filter={{ risk, category }}
      searchParams={query}
      showCategory
      showRisk={false}
    />
  );
}
