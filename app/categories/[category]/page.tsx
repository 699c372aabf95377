import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ToolListingPage } from "@/components/catalogue/tool-listing-page";
import { categoryMeaning, recommendedRuleText } from "@/lib/content/categories";
import { type Category, categoryFromSlug, RiskSchema } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = categoryFromSlug((await params).category);
  if (!category) return { title: "Category not found" };
  return {
    title: `${category} MCP tools`,
    description: `Every MCP tool classified ${category}: ${categoryMeaning[category].long}`,
    alternates: { canonical: `/categories/${category.toLowerCase()}` },
  };
}

const baseRisk: Record<Category, "Low" | "Medium" | "High" | "Critical"> = {
  Read: "Low",
  Write: "Medium",
  Execute: "High",
  Destructive: "Critical",
  Financial: "Critical",
};

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = categoryFromSlug((await params).category);
  if (!category) notFound();
  const query = await searchParams;
  const risk = RiskSchema.safeParse(Array.isArray(query.risk) ? query.risk[0] : query.risk).data;
  return (
    <ToolListingPage
      heading={`${category} tools`}
      intro={`${categoryMeaning[category].long} Base risk ${baseRisk[category]}; recommended rule at that level: ${recommendedRuleText(category, baseRisk[category])}`}
      basePath={`/categories/${category.toLowerCase()}`}
      filter={{ category, risk }}
      searchParams={query}
      showCategory={false}
      showRisk
    />
  );
}
