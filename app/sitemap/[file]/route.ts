import { renderUrlSet, xmlResponse } from "@/app/sitemap/xml";
import { getSitemapEntries, parseSitemapFileName } from "@/lib/queries/sitemap";

export const dynamic = "force-dynamic";

/** One sitemap file: /sitemap/pages.xml, /sitemap/servers-0.xml, /sitemap/tools-3.xml. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = parseSitemapFileName((await context.params).file);
  const entries = file && (await getSitemapEntries(file));
  if (!entries) return new Response("No such sitemap.\n", { status: 404, headers: { "content-type": "text/plain" } });
  return xmlResponse(renderUrlSet(entries));
}
