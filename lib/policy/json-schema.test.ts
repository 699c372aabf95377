import { readFileSync } from "node:fs";
// ajv comes with @modelcontextprotocol/sdk; used here only to check the published schema itself.
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { seedPages } from "@/lib/policy/fixtures";
import { recommendPolicy } from "@/lib/policy/generate";
import { policyJsonSchemaText } from "@/lib/policy/json-schema";

const published = readFileSync(new URL("../../public/schemas/policy-v1.json", import.meta.url), "utf8");
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(published));

describe("public/schemas/policy-v1.json", () => {
  it("is up to date with the zod schema (run npm run build:policy-schema)", () => {
    expect(published).toBe(policyJsonSchemaText());
  });

  it("accepts every seed page's policy and the generator's policies", () => {
    for (const seed of seedPages()) expect(validate(JSON.parse(seed.text))).toBe(true);
    const { policy } = recommendPolicy([
      { server: "a", tool: "x", category: "Write", risk: "High" },
      { server: "b", tool: "y", category: "Financial", risk: "Critical" },
    ]);
    expect(validate(policy)).toBe(true);
  });

  it("rejects the older syntax and bad values", () => {
    const bad = [
      { version: "1", default: "deny", tools: { x: { rate_limit: { max: 10, window: 60 } } } },
      {
        version: "1",
        default: "deny",
        tools: { x: { limits: [{ counter: "c", window: 60, max: 10, scope: "grant" }] } },
      },
      {
        version: "1",
        default: "deny",
        tools: { x: { limits: [{ counter: "c", window: "minute", max: 0, scope: "grant" }] } },
      },
      { version: "1", default: "block" },
      { version: 1, default: "deny" },
      { version: "1", default: "deny", tools: { x: { conditions: [{ argument: "p", must: {}, message: "m" }] } } },
    ];
    for (const policy of bad) expect(validate(policy)).toBe(false);
  });
});
