import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { type Category, categorySlug, type Risk, riskSlug } from "@/lib/taxonomy";

const riskStyles: Record<Risk, string> = {
  Low: "bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  Medium: "bg-yellow-100 text-yellow-900 ring-yellow-300 dark:bg-yellow-950 dark:text-yellow-200 dark:ring-yellow-800",
  High: "bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-800",
  Critical: "bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
};

const categoryStyles: Record<Category, string> = {
  Read: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  Write: "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  Execute: "bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800",
  Destructive: "bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
  Financial: "bg-teal-100 text-teal-900 ring-teal-300 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-800",
};

const base = "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset no-underline";

export function RiskBadge({ risk, link = true }: { risk: Risk; link?: boolean }) {
  const label = `${risk} risk`;
  return link ? (
    <Link href={`/risks/${riskSlug(risk)}`} className={cn(base, riskStyles[risk])} data-risk={risk}>
      {label}
    </Link>
  ) : (
    <span className={cn(base, riskStyles[risk])} data-risk={risk}>
      {label}
    </span>
  );
}

export function CategoryBadge({ category, link = true }: { category: Category; link?: boolean }) {
  return link ? (
    <Link
      href={`/categories/${categorySlug(category)}`}
      className={cn(base, categoryStyles[category])}
      data-category={category}
    >
      {category}
    </Link>
  ) : (
    <span className={cn(base, categoryStyles[category])} data-category={category}>
      {category}
    </span>
  );
}

export function UnclassifiedBadge() {
  return (
    <span
      className={cn(
        base,
        "bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700",
      )}
    >
      Not yet classified
    </span>
  );
}
