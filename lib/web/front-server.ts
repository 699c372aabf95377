import type { IncomingMessage, ServerResponse } from "node:http";
import { acceptsGzip, isStorable, pageCacheRule, storedHeaders } from "./cacheable";
import type { PageCache, StoredPage } from "./page-cache";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** A page larger than this is passed on but not stored. */
const MAX_STORED_PAGE_BYTES = 4 * 1024 * 1024;

/**
 * The request handler `npm start` serves: the pages lib/web/cacheable.ts names from the page cache
 * when it holds them, everything else (and every miss) from Next. A miss is stored on its way to
 * the client.
 */
export function frontHandler(next: RequestHandler, cache: PageCache | null): RequestHandler {
  return async (request, response) => {
    const cacheable = cache ? pageCacheRule(request.method, request.url, request.headers) : null;
    if (cache && cacheable) {
      const { key, rule } = cacheable;
      const page = cache.get(key);
      if (page) return sendStored(request, response, page);
      // Ask Next for the plain page: the stored copy is then served gzipped or not, as each client takes.
      delete request.headers["accept-encoding"];
      captureResponse(response, (body) => {
        const headers = response.getHeaders();
        if (isStorable(response.statusCode, headers, rule)) {
          cache.set(key, { status: response.statusCode, headers: storedHeaders(headers), body }, rule.maxAgeMs);
        }
      });
    }
    try {
      await next(request, response);
    } catch (error) {
      console.error(`toolrisk: ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.end("Internal Server Error");
      } else {
        response.destroy();
      }
    }
  };
}

function sendStored(request: IncomingMessage, response: ServerResponse, page: StoredPage): void {
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? page.gzip : page.body;
  response.writeHead(page.status, {
    ...page.headers,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-length": body.length,
    "x-toolrisk-cache": "HIT",
  });
  response.end(body);
}

type WriteArgs = [chunk: unknown, encoding?: unknown, callback?: unknown];

/**
 * Collects what Next writes (without changing it) and hands the whole body to `onComplete` once the
 * response has finished; a body over MAX_STORED_PAGE_BYTES or an aborted response is dropped.
 */
function captureResponse(response: ServerResponse, onComplete: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (size > MAX_STORED_PAGE_BYTES || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
  };
  const write = response.write.bind(response) as (...args: WriteArgs) => boolean;
  const end = response.end.bind(response) as (...args: WriteArgs) => ServerResponse;
  response.write = ((...args: WriteArgs) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  response.end = ((...args: WriteArgs) => {
    collect(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  response.once("finish", () => {
    if (size <= MAX_STORED_PAGE_BYTES) onComplete(Buffer.concat(chunks));
  });
}
