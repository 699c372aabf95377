import { writeFileSync } from "node:fs";
import { policyJsonSchemaText } from "@/lib/policy/json-schema";

/** Writes public/schemas/policy-v1.json from the zod schema (lib/policy/schema.ts). */
const target = new URL("../public/schemas/policy-v1.json", import.meta.url);
writeFileSync(target, policyJsonSchemaText());
console.log(`wrote ${target.pathname}`);
