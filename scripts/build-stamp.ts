import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a production build is made from: when none of it changed, `npm start` skips `next build`. */
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const STAMP = path.join(".next", "toolrisk-source-hash");

function addTree(hash: ReturnType<typeof createHash>, entry: string): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) {
      if (child === "generated" || child.endsWith(".test.ts")) continue;
      addTree(hash, path.join(entry, child));
    }
    return;
  }
  hash.update(entry).update(readFileSync(entry));
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) addTree(hash, source);
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return (
    existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash()
  );
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceHash());
}
