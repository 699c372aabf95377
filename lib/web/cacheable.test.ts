import { describe, expect, it } from "vitest";
import { acceptsGzip, isStorable, pageCacheRule, storedHeaders } from "./cacheable";

const key = (method: string, url: string, headers = {}) => pageCacheRule(method, url, headers)?.key ?? null;

describe("pageCacheRule", () => {
  it("caches plain GETs of server and tool pages as long as Next does, and only once Next cached them", () => {
    for (const url of ["/servers/github", "/servers/github/tools/create_issue"]) {
      expect(pageCacheRule("GET", url, {})).toEqual({
        key: url,
        rule: { maxAgeMs: 300_000, onlyWhenNextCached: true },
      });
    }
  });

  it("keeps the home and categories pages for a minute", () => {
    for (const url of ["/", "/categories"]) {
      expect(pageCacheRule("GET", url, {})).toEqual({
        key: url,
        rule: { maxAgeMs: 60_000, onlyWhenNextCached: false },
      });
    }
  });

  it("sends every other request to Next", () => {
    expect(key("HEAD", "/servers/github")).toBeNull();
    expect(key("POST", "/servers/github")).toBeNull();
    expect(key("GET", "/servers/github?_rsc=abc")).toBeNull();
    expect(key("GET", "/?q=x")).toBeNull();
    expect(key("GET", "/servers")).toBeNull();
    expect(key("GET", "/servers/github/tools")).toBeNull();
    expect(key("GET", "/servers/github/tools/a/b")).toBeNull();
    expect(key("GET", "/categories/read")).toBeNull();
    expect(key("GET", "/search")).toBeNull();
    expect(key("GET", "/api/servers/github")).toBeNull();
  });

  it("leaves the client router's RSC requests to Next", () => {
    expect(key("GET", "/servers/github", { rsc: "1" })).toBeNull();
    expect(key("GET", "/", { rsc: "1" })).toBeNull();
    expect(key("GET", "/servers/github", { "next-router-prefetch": "1" })).toBeNull();
    expect(key("GET", "/servers/github", { "next-action": "abc" })).toBeNull();
  });
});

describe("isStorable", () => {
  const isr = { maxAgeMs: 300_000, onlyWhenNextCached: true };
  const dynamicPage = { maxAgeMs: 60_000, onlyWhenNextCached: false };
  const html = { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "MISS" };
  it("stores whole HTML pages Next cached", () => {
    expect(isStorable(200, html, isr)).toBe(true);
    expect(isStorable(200, { ...html, "x-nextjs-cache": "HIT" }, isr)).toBe(true);
  });
  it("stores a page Next rendered per request only where the rule allows it", () => {
    expect(isStorable(200, { "content-type": "text/html" }, isr)).toBe(false);
    expect(isStorable(200, { "content-type": "text/html" }, dynamicPage)).toBe(true);
  });
  it("does not store stale, failed, compressed or personal answers, or anything but HTML", () => {
    expect(isStorable(200, { ...html, "x-nextjs-cache": "STALE" }, isr)).toBe(false);
    for (const rule of [isr, dynamicPage]) {
      expect(isStorable(404, html, rule)).toBe(false);
      expect(isStorable(500, html, rule)).toBe(false);
      expect(isStorable(200, { ...html, "content-type": "text/x-component" }, rule)).toBe(false);
      expect(isStorable(200, { ...html, "content-encoding": "gzip" }, rule)).toBe(false);
      expect(isStorable(200, { ...html, "set-cookie": ["a=b"] }, rule)).toBe(false);
    }
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
