import { z } from "zod";
import { PolicySchema } from "@/lib/policy/schema";

/** Where the site serves the generated schema (public/schemas/policy-v1.json). */
export const POLICY_SCHEMA_PATH = "/schemas/policy-v1.json";

/**
 * The JSON Schema of policy.json version 1, generated from the zod schema so the two cannot
 * drift. Checks the schema cannot express (a tool both hidden and listed, counters that disagree,
 * valid regular expressions) are made by validatePolicy; the description says so.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PolicySchema, { target: "draft-2020-12", io: "input" });
  return {
    ...generated,
    description:
      "A deny-by-default policy for the tools of MCP servers (Toolrisk policy format, version 1). Some rules are checked only by `npm run policy -- validate`: a tool both hidden and listed, one counter with two settings, and that each `match` is a valid regular expression.",
  };
}

/** The text of public/schemas/policy-v1.json: 2-space JSON with a trailing newline. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
