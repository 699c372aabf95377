import { renderSitemapIndex, xmlResponse } from "@/app/sitemap/xml";
import { listSitemapFiles, sitemapFileUrl } from "@/lib/queries/sitemap";

// Read at request time: the build must not touch the database, and the catalogue changes daily.
export const dynamic = "force-dynamic";

/** The sitemap index: the fixed pages' file, then one file per 50,000 server or tool ids. */
export async function GET(): Promise<Response> {
  const files = await listSitemapFiles();
  return xmlResponse(renderSitemapIndex(files.map((file) => sitemapFileUrl(file))));
}
