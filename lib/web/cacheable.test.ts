import { describe, expect, it } from "vitest";
import { acceptsGzip, isStorable, pageCacheKey, storedHeaders } from "./cacheable";

describe("pageCacheKey", () => {
  it("caches plain GETs of server and tool pages", () => {
    expect(pageCacheKey("GET", "/servers/github", {})).toBe("/servers/github");
    expect(pageCacheKey("GET", "/servers/github/tools/create_issue", {})).toBe("/servers/github/tools/create_issue");
  });

  it("sends every other request to Next", () => {
    expect(pageCacheKey("HEAD", "/servers/github", {})).toBeNull();
    expect(pageCacheKey("POST", "/servers/github", {})).toBeNull();
    expect(pageCacheKey("GET", "/servers/github?_rsc=abc", {})).toBeNull();
    expect(pageCacheKey("GET", "/servers", {})).toBeNull();
    expect(pageCacheKey("GET", "/servers/github/tools", {})).toBeNull();
    expect(pageCacheKey("GET", "/servers/github/tools/a/b", {})).toBeNull();
    expect(pageCacheKey("GET", "/search", {})).toBeNull();
    expect(pageCacheKey("GET", "/api/servers/github", {})).toBeNull();
  });

  it("leaves the client router's RSC requests to Next", () => {
    expect(pageCacheKey("GET", "/servers/github", { rsc: "1" })).toBeNull();
    expect(pageCacheKey("GET", "/servers/github", { "next-router-prefetch": "1" })).toBeNull();
    expect(pageCacheKey("GET", "/servers/github", { "next-action": "abc" })).toBeNull();
  });
});

describe("isStorable", () => {
  const html = { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "MISS" };
  it("stores whole HTML pages Next cached", () => {
    expect(isStorable(200, html)).toBe(true);
    expect(isStorable(200, { ...html, "x-nextjs-cache": "HIT" })).toBe(true);
  });
  it("does not store stale, failed, uncached, compressed or personal answers", () => {
    expect(isStorable(200, { ...html, "x-nextjs-cache": "STALE" })).toBe(false);
    expect(isStorable(404, html)).toBe(false);
    expect(isStorable(500, html)).toBe(false);
    expect(isStorable(200, { "content-type": "text/html" })).toBe(false);
    expect(isStorable(200, { ...html, "content-type": "text/x-component" })).toBe(false);
    expect(isStorable(200, { ...html, "content-encoding": "gzip" })).toBe(false);
    expect(isStorable(200, { ...html, "set-cookie": ["a=b"] })).toBe(false);
  });
});

describe("storedHeaders", () => {
  it("keeps the page's headers and drops the connection's", () => {
    expect(
      storedHeaders({
        "Content-Type": "text/html",
        "Content-Length": "10",
        "x-nextjs-cache": "MISS",
        Vary: "rsc, next-router-state-tree",
        "cache-control": "s-maxage=60",
        link: ["<a>", "<b>"],
      }),
    ).toEqual({
      "content-type": "text/html",
      vary: "rsc, next-router-state-tree, Accept-Encoding",
      "cache-control": "s-maxage=60",
      link: "<a>, <b>",
    });
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
