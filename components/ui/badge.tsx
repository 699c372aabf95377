import Link from "next/link";
import { type Category, categorySlug, type Risk, riskSlug } from "@/lib/taxonomy";

// Colours live in app/globals.css, keyed by data-risk and data-category: lists repeat badges many
// times, and one short class name keeps every page (and its RSC payload) lighter.

export function RiskBadge({ risk, link = true }: { risk: Risk; link?: boolean }) {
  const label = `${risk} risk`;
  return link ? (
    <Link href={`/risks/${riskSlug(risk)}`} className="badge" data-risk={risk}>
      {label}
    </Link>
  ) : (
    <span className="badge" data-risk={risk}>
      {label}
    </span>
  );
}

export function CategoryBadge({ category, link = true }: { category: Category; link?: boolean }) {
  return link ? (
    <Link href={`/categories/${categorySlug(category)}`} className="badge" data-category={category}>
      {category}
    </Link>
  ) : (
    <span className="badge" data-category={category}>
      {category}
    </span>
  );
}

export function UnclassifiedBadge() {
  return (
    <span className="badge" data-unclassified="">
      Not yet classified
    </span>
  );
}
