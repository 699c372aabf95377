import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "@/lib/db";

/** Runs `npm start`'s entry point and returns what it printed; none of these cases reaches `next`. */
function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", PORT: "1", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.includes("npm warn"));
  return { status: result.status, lines };
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), "toolrisk-start-"));
}

describe("start-up failures end in one clear line", () => {
  it("names a malformed DATABASE_URL", () => {
    const { status, lines } = start({ DATABASE_URL: "mysql://root@localhost/toolrisk" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^toolrisk: DATABASE_URL must start with postgresql:\/\//)]);
  });

  it("names an unparseable DATABASE_URL", () => {
    const { status, lines } = start({ DATABASE_URL: "postgresql://user:secret@:::bad" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^toolrisk: DATABASE_URL is not a valid URL/)]);
    expect(lines[0]).not.toContain("secret");
  });

  it("names an unreachable database server", () => {
    const { status, lines } = start({ DATABASE_URL: "postgresql://postgres:pw@127.0.0.1:1/toolrisk" });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^toolrisk: Cannot reach the PostgreSQL server at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/toolrisk/,
      ),
    ]);
  });

  it("names a corrupt snapshot and stores nothing from it", async () => {
    const dir = scratch();
    const snapshot = path.join(dir, "catalogue.json");
    writeFileSync(snapshot, '{"version": 1, "servers": [');
    const first = start({ TOOLRISK_DATA_DIR: dir, TOOLRISK_SNAPSHOT: snapshot });
    expect(first.status).toBe(1);
    expect(first.lines).toEqual([
      expect.stringMatching(/^toolrisk: The catalogue snapshot .*catalogue\.json is not valid JSON/),
    ]);

    writeFileSync(
      snapshot,
      JSON.stringify({
        version: 1,
        generatedAt: "2026-01-01T00:00:00Z",
        source: "t",
        servers: [{ slug: "Bad Slug", name: "x", tools: [] }],
      }),
    );
    const second = start({ TOOLRISK_DATA_DIR: dir, TOOLRISK_SNAPSHOT: snapshot });
    expect(second.status).toBe(1);
    expect(second.lines).toEqual([
      expect.stringMatching(/is not a valid snapshot: at servers\.0\.slug: slug: lowercase/),
    ]);

    // The database was migrated but received nothing from the bad file.
    const connection = await connect({ kind: "pglite", dataDir: path.join(dir, "pglite") });
    try {
      expect(await connection.prisma.server.count()).toBe(0);
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
    }
  });
});
