import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

const page = (text: string) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(text) });

describe("PageCache", () => {
  it("returns what was stored, with a gzipped copy of the same bytes", () => {
    const cache = new PageCache({ maxBytes: 1_000_000 });
    cache.set("/servers/a", page("<p>hello</p>"), 60_000);
    const stored = cache.get("/servers/a");
    expect(stored?.body.toString()).toBe("<p>hello</p>");
    expect(gunzipSync(stored?.gzip ?? Buffer.alloc(0)).toString()).toBe("<p>hello</p>");
    expect(cache.get("/servers/b")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it("forgets a page once it is as old as the maximum age it was stored with", () => {
    let now = 1_000;
    const cache = new PageCache({ maxBytes: 1_000_000, now: () => now });
    cache.set("/servers/a", page("x"), 60_000);
    now += 59_999;
    expect(cache.get("/servers/a")).toBeDefined();
    now += 1;
    expect(cache.get("/servers/a")).toBeUndefined();
    cache.set("/", page("home"), 1_000);
    now += 999;
    expect(cache.get("/")).toBeDefined();
    now += 1;
    expect(cache.get("/")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it("stays within its size by dropping the least recently used pages", () => {
    const body = "y".repeat(10_000);
    const cache = new PageCache({ maxBytes: 35_000 });
    cache.set("/servers/a", page(body), 60_000);
    cache.set("/servers/b", page(body), 60_000);
    cache.set("/servers/c", page(body), 60_000);
    cache.get("/servers/a"); // a is now more recent than b
    cache.set("/servers/d", page(body), 60_000);
    expect(cache.get("/servers/b")).toBeUndefined();
    expect(cache.get("/servers/a")).toBeDefined();
    expect(cache.get("/servers/d")).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(35_000);
  });

  it("replaces a page stored twice and counts its size once", () => {
    const cache = new PageCache({ maxBytes: 1_000_000 });
    cache.set("/servers/a", page("first"), 60_000);
    const once = cache.stats().bytes;
    cache.set("/servers/a", page("other"), 60_000);
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: once });
    expect(cache.get("/servers/a")?.body.toString()).toBe("other");
  });

  it("does not store a page larger than the whole cache", () => {
    const cache = new PageCache({ maxBytes: 100 });
    cache.set("/servers/a", page("z".repeat(1_000)), 60_000);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
