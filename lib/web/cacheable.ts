import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/** The routes Next renders once and caches (ISR): server pages and tool pages. */
const CACHED_ROUTE = /^\/servers\/[^/]+(?:\/tools\/[^/]+)?$/;

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

/** The key a request's page is cached under, or null when the request must reach Next. */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders) {
  if (method !== "GET" || !url) return null;
  // A query string (Next's _rsc cache buster among them) makes a different response.
  if (url.includes("?") || !CACHED_ROUTE.test(url)) return null;
  if (RSC_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return url;
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
 * Whether Next's answer may be stored: a whole HTML page that Next itself cached (HIT or MISS;
 * STALE means a fresher one is being rendered), for no one in particular (no cookie set).
 */
export function isStorable(status: number, headers: OutgoingHttpHeaders): boolean {
  const nextCache = String(headers["x-nextjs-cache"] ?? "");
  return (
    status === 200 &&
    String(headers["content-type"] ?? "").startsWith("text/html") &&
    (nextCache === "HIT" || nextCache === "MISS") &&
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
