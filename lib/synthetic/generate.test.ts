import { describe, expect, it } from "vitest";
import { type CatalogueShape, generateServer, SYNTHETIC_SLUG_PREFIX, toolCountFor } from "@/lib/synthetic/generate";
import { VERBS } from "@/lib/synthetic/vocabulary";
import { CATEGORIES, RISKS } from "@/lib/taxonomy";
import { hashToolDefinition } from "@/lib/tool-hash";

const shape: CatalogueShape = { servers: 41, toolsPerServer: 10, seed: 1 };
const catalogue = (s: CatalogueShape) => Array.from({ length: s.servers }, (_, i) => generateServer(s, i));

describe("synthetic catalogue generator", () => {
  it("is deterministic: the same shape and seed give the same catalogue", () => {
    expect(JSON.stringify(catalogue(shape))).toBe(JSON.stringify(catalogue(shape)));
    // Each server has its own stream, so a batch can be generated on its own.
    expect(generateServer(shape, 17)).toEqual(catalogue(shape)[17]);
  });

  it("gives a different catalogue for a different seed", () => {
    expect(generateServer({ ...shape, seed: 2 }, 0)).not.toEqual(generateServer(shape, 0));
  });

  it("has exactly servers × tools-per-server tools, with varied server sizes", () => {
    for (const s of [
      shape,
      { servers: 1, toolsPerServer: 3, seed: 9 },
      { servers: 1000, toolsPerServer: 10, seed: 1 },
    ]) {
      const counts = Array.from({ length: s.servers }, (_, i) => toolCountFor(s, i));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(s.servers * s.toolsPerServer);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    }
    const sizes = new Set(catalogue(shape).map((server) => server.tools.length));
    expect(sizes.size).toBeGreaterThan(3);
  });

  it("marks servers as synthetic, with unique slugs and unique tool names per server", () => {
    const servers = catalogue(shape);
    expect(new Set(servers.map((s) => s.slug)).size).toBe(servers.length);
    for (const server of servers) {
      expect(server.slug.startsWith(SYNTHETIC_SLUG_PREFIX)).toBe(true);
      const names = server.tools.map((tool) => tool.definition.name);
      expect(new Set(names).size).toBe(names.length);
      expect(server.currentToolCount).toBe(server.tools.filter((tool) => !tool.removedAt).length);
    }
  });

  it("spells names in several styles: create_issue, createIssue, list-files", () => {
    const names = catalogue({ servers: 200, toolsPerServer: 5, seed: 1 }).flatMap((s) =>
      s.tools.map((t) => t.definition.name),
    );
    expect(names.some((name) => /^[a-z]+(_[a-z]+)+$/.test(name))).toBe(true);
    expect(names.some((name) => /^[a-z]+([A-Z][a-z]+)+$/.test(name))).toBe(true);
    expect(names.some((name) => /^[a-z]+(-[a-z]+)+$/.test(name))).toBe(true);
  });

  it("classifies each tool consistently with its definition", () => {
    const verbs = new Map(VERBS.map((verb) => [verb.word, verb.category]));
    const categories = new Set<string>();
    for (const server of catalogue(shape)) {
      for (const tool of server.tools) {
        const { classification, definition } = tool;
        expect(CATEGORIES).toContain(classification.category);
        expect(RISKS).toContain(classification.risk);
        categories.add(classification.category);
        // The leading verb of the name decides the category.
        const verb = definition.name.split(/[_-]|(?=[A-Z])/)[0] ?? "";
        expect(classification.category).toBe(verbs.get(verb));
        expect(classification.confidence).toBeGreaterThanOrEqual(0.6);
        expect(classification.confidence).toBeLessThan(1);
        expect(classification.evidence[0]).toMatchObject({ source: "name", field: "name", text: definition.name });
        expect(definition.description).toContain(classification.evidence[1]?.text);
        expect(tool.hash).toBe(hashToolDefinition(definition));
        expect(definition.inputSchema.type).toBe("object");
        if (definition.annotations?.destructiveHint) expect(classification.category).toBe("Destructive");
        expect(tool.firstSeenAt.getTime()).toBeLessThanOrEqual(tool.lastSeenAt.getTime());
      }
    }
    // Financial tools appear only on payment-like servers, so a small sample may have none.
    expect([...categories]).toEqual(expect.arrayContaining(["Read", "Write", "Execute", "Destructive"]));
  });
});
