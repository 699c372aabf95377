import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, databaseTarget, redact, serveSettings } from "./env";

describe("databaseTarget", () => {
  it("is the embedded database in ./data without DATABASE_URL, and PostgreSQL with it", () => {
    expect(databaseTarget({})).toEqual({ kind: "pglite", dataDir: path.resolve("data", "pglite") });
    expect(databaseTarget({ DATABASE_URL: "  ", TOOLRISK_DATA_DIR: "/srv/t" })).toEqual({
      kind: "pglite",
      dataDir: "/srv/t/pglite",
    });
    expect(databaseTarget({ DATABASE_URL: "postgresql://u@db:5432/toolrisk" })).toMatchObject({
      kind: "postgres",
      database: "toolrisk",
    });
  });

  it("names what is wrong with a malformed DATABASE_URL and never prints its password", () => {
    expect(() => databaseTarget({ DATABASE_URL: "mysql://u@db/x" })).toThrow(/must start with postgresql:\/\//);
    expect(() => databaseTarget({ DATABASE_URL: "postgresql://u:secret@db:5432" })).toThrow(
      /must name a host and a database/,
    );
    expect(() => databaseTarget({ DATABASE_URL: "postgresql://u:secret@db:5432" })).not.toThrow(/secret/);
    expect(redact("postgresql://u:secret@db/x")).not.toContain("secret");
  });
});

describe("serveSettings", () => {
  it("defaults to port 3000 and a 256 MB page cache", () => {
    expect(serveSettings({})).toEqual({ port: 3000, pageCacheBytes: 256 * 1024 * 1024 });
    expect(serveSettings({ PORT: "8080", TOOLRISK_PAGE_CACHE_MB: "0" })).toEqual({ port: 8080, pageCacheBytes: 0 });
  });

  it("refuses a port or cache size that is not a number in range", () => {
    for (const PORT of ["abc", "0", "70000", "80.5"]) {
      expect(() => serveSettings({ PORT })).toThrow(ConfigError);
    }
    expect(() => serveSettings({ TOOLRISK_PAGE_CACHE_MB: "-1" })).toThrow(/TOOLRISK_PAGE_CACHE_MB/);
    expect(() => serveSettings({ TOOLRISK_PAGE_CACHE_MB: "lots" })).toThrow(/TOOLRISK_PAGE_CACHE_MB/);
  });
});
