import type { Metadata } from "next";
import Link from "next/link";
import { CategoryBadge, RiskBadge } from "@/components/ui/badge";
import { categoryMeaning, riskMeaning } from "@/lib/content/categories";
import { getCatalogueStats } from "@/lib/queries/catalogue";
import { CATEGORIES, categorySlug, RISKS, riskSlug } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Categories and risk levels", alternates: { canonical: "/categories" } };

export default async function CategoriesPage() {
  const stats = await getCatalogueStats();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Categories and risk levels</h1>
      <p className="max-w-3xl">
        Every tool gets one category, the worst thing a single call can do, in this order of precedence: Financial,
        Destructive, Execute, Write, Read. <Link href="/methodology">How tools are classified</Link>.
      </p>
      <ul className="space-y-4">
        {CATEGORIES.map((category) => (
          <li key={category} className="space-y-1">
            <Link href={`/categories/${categorySlug(category)}`} className="text-lg font-semibold">
              {category}
            </Link>{" "}
            <CategoryBadge category={category} link={false} />{" "}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {stats.byCategory[category].toLocaleString("en-US")} tools
            </span>
            <p>{categoryMeaning[category].long}</p>
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">Risk levels</h2>
      <ul className="space-y-3">
        {RISKS.map((risk) => (
          <li key={risk}>
            <Link href={`/risks/${riskSlug(risk)}`}>
              <RiskBadge risk={risk} link={false} />
            </Link>{" "}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {stats.byRisk[risk].toLocaleString("en-US")} tools
            </span>
            <p>{riskMeaning[risk]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
