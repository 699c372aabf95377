import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/** How long a route's page may be kept, and whether Next must have cached it first. */
export type CacheRule = { maxAgeMs: number; onlyWhenNextCached: boolean };

const CACHE_RULES: { route: RegExp; rule: CacheRule }[] = [
  // Server and tool pages, which Next renders once and caches (ISR, `revalidate = 300` in their
  // route files): kept no longer than Next keeps them.
  { route: /^\/servers\/[^/]+(?:\/tools\/[^/]+)?$/, rule: { maxAgeMs: 300_000, onlyWhenNextCached: true } },
  // The home and categories pages: rendered per request, but the same for everyone and made of
  // counts already cached for a minute (lib/queries/cache.ts), so a minute's copy is as fresh.
  { route: /^\/(?:categories)?$/, rule: { maxAgeMs: 60_000, onlyWhenNextCached: false } },
];

/**
 * With these headers Next's client router asks for a page's RSC payload (a navigation, a prefetch,
 * a server action) rather than its HTML: those answers differ, so they always go to Next.
 */
const RSC_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];

/** The key and rule a request's page is cached under, or null when the request must reach Next. */
export function pageCacheRule(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): { key: string; rule: CacheRule } | null {
  // A query string (Next's _rsc cache buster among them) makes a different response.
  if (method !== "GET" || !url || url.includes("?")) return null;
  if (RSC_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const match = CACHE_RULES.find(({ route }) => route.test(url));
  return match ? { key: url, rule: match.rule } : null;
}

/** Response headers that belong to one connection or one encoding, not to the page. */
const PER_RESPONSE_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
  "x-nextjs-cache",
]);

/**
 * Whether Next's answer may be stored: a whole HTML page for no one in particular (no cookie set)
 * and, where the rule asks, one Next itself cached (HIT or MISS; STALE means a fresher one is
 * being rendered).
 */
export function isStorable(status: number, headers: OutgoingHttpHeaders, rule: CacheRule): boolean {
  const nextCache = String(headers["x-nextjs-cache"] ?? "");
  return (
    status === 200 &&
    String(headers["content-type"] ?? "").startsWith("text/html") &&
    (!rule.onlyWhenNextCached || nextCache === "HIT" || nextCache === "MISS") &&
    headers["set-cookie"] === undefined &&
    headers["content-encoding"] === undefined
  );
}

/** The headers to store with a page, names in lower case; Vary always names Accept-Encoding. */
export function storedHeaders(headers: OutgoingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || PER_RESPONSE_HEADERS.has(lower)) continue;
    kept[lower] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  const vary = kept.vary ? kept.vary.split(",").map((part) => part.trim()) : [];
  if (!vary.some((part) => part.toLowerCase() === "accept-encoding")) vary.push("Accept-Encoding");
  kept.vary = vary.join(", ");
  return kept;
}

/** True when the client takes gzip (`gzip` listed without q=0). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding?.trim() !== "gzip" && coding?.trim() !== "*") return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
