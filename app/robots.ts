import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

// SITE_URL is read when the site runs, not baked in when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: "/api/" }],
    sitemap: `${base}/sitemap.xml`,
  };
}
