import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CrawlLimits } from "../crawl-server";
import type { KeyValueInput, ServerJson } from "../server-json";
import type { ServerEntry } from "../server-list";

/**
 * The servers the crawler's tests start, installed once by npm from
 * tests/fixtures/npm-servers/package.json: real npm servers at pinned versions and the
 * misbehaving fixtures (linked from tests/fixtures/servers). CI can install them up front with
 * `npm ci --prefix tests/fixtures/npm-servers`; otherwise the first test file to need them does,
 * under a lock folder so parallel test files do not install twice.
 */
export const TEST_SERVERS_DIR = path.resolve("tests/fixtures/npm-servers");

export function ensureTestServers(): string {
  const marker = path.join(TEST_SERVERS_DIR, "node_modules", ".package-lock.json");
  if (existsSync(marker)) return TEST_SERVERS_DIR;
  const lock = path.join(TEST_SERVERS_DIR, ".installing");
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(marker)) return TEST_SERVERS_DIR;
      // A lock older than five minutes belongs to an install that died.
      if (waited > 300_000 || Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!existsSync(marker)) {
      execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", TEST_SERVERS_DIR], { stdio: "inherit" });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return TEST_SERVERS_DIR;
}

/** A server.json entry for an npm package, as the curated list writes them. */
export function npmEntry(
  slug: string,
  identifier: string,
  options: { version?: string; args?: string[]; env?: KeyValueInput[] } = {},
): ServerEntry {
  const entry: ServerJson = {
    name: identifier,
    packages: [
      {
        registryType: "npm",
        identifier,
        version: options.version ?? "1.0.0",
        transport: { type: "stdio" },
        packageArguments: (options.args ?? []).map((value) => ({ type: "positional" as const, value })),
        environmentVariables: options.env ?? [],
      },
    ],
    _meta: { "dev.toolrisk/crawl": { slug } },
  };
  return { slug, entry };
}

export const REAL_VERSION = "2026.8.31";

export function testLimits(overrides: Partial<CrawlLimits> = {}): CrawlLimits {
  return {
    connectTimeoutMs: 20_000,
    totalTimeoutMs: 30_000,
    maxStdoutBytes: 8 * 1024 * 1024,
    maxTools: 5_000,
    allowPrivate: false,
    npmInstallDir: TEST_SERVERS_DIR,
    sandboxDir: path.join(os.tmpdir(), "toolrisk-crawl-tests"),
    ...overrides,
  };
}
