import { z } from "zod";

/**
 * policy.json, version "1": the single source of the policy types and of
 * public/schemas/policy-v1.json (scripts/build-policy-schema.ts generates it from here).
 * The meaning of every field is written out in lib/policy/docs.ts.
 */

export const WINDOWS = ["second", "minute", "hour", "day"] as const;
export const WindowSchema = z.enum(WINDOWS, {
  error: `window must be one of ${WINDOWS.map((w) => `"${w}"`).join(", ")} (a word, not a number of seconds)`,
});
export type Window = z.infer<typeof WindowSchema>;

export const WINDOW_MS: Record<Window, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** Who shares a counter: one grant (an identity's key), one MCP session, or every caller. */
export const SCOPES = ["grant", "session", "global"] as const;
export const ScopeSchema = z.enum(SCOPES, {
  error: `scope must be one of ${SCOPES.map((s) => `"${s}"`).join(", ")}`,
});
export type Scope = z.infer<typeof ScopeSchema>;

const COUNTER_NAME = /^[A-Za-z0-9_.:-]{1,128}$/;

export const LimitSchema = z
  .strictObject({
    counter: z
      .string()
      .regex(COUNTER_NAME, { error: "counter must be 1-128 letters, digits, _ . : or -" })
      .meta({ description: "Name of the counter; limits naming the same counter share one budget." }),
    window: WindowSchema.meta({ description: "Length of the sliding window." }),
    max: z
      .number({ error: "max must be a number" })
      .int({ error: "max must be a whole number" })
      .positive({ error: "max must be at least 1" })
      .meta({ description: "Most calls counted in any span of one window." }),
    scope: ScopeSchema.meta({ description: "grant: per identity; session: per MCP session; global: all callers." }),
  })
  .meta({ id: "Limit", title: "Limit", description: "At most `max` calls in any span of one `window`." });
export type Limit = z.infer<typeof LimitSchema>;

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** The operators of one condition; every operator given must hold. */
export const MustSchema = z
  .strictObject({
    startsWith: z.string().optional().meta({ description: "The string starts with this text (a plain text test)." }),
    pathWithin: z
      .string()
      .regex(/^\//, { error: "pathWithin must be an absolute path" })
      .optional()
      .meta({ description: "After resolving . and .. segments, the path is this folder or inside it." }),
    in: z.array(Scalar).min(1).optional().meta({ description: "The value equals one of these." }),
    match: z
      .string()
      .refine(compiles, { error: "match must be a valid regular expression" })
      .optional()
      .meta({ description: "The whole string matches this regular expression (anchored at both ends)." }),
    maxLength: z.number().int().nonnegative().optional().meta({ description: "Longest string, or most array items." }),
    minimum: z.number().optional().meta({ description: "Smallest number allowed." }),
    maximum: z.number().optional().meta({ description: "Largest number allowed." }),
  })
  .refine((must) => Object.values(must).some((value) => value !== undefined), {
    error: "must needs at least one operator: startsWith, pathWithin, in, match, maxLength, minimum or maximum",
  })
  .refine((must) => must.minimum === undefined || must.maximum === undefined || must.minimum <= must.maximum, {
    error: "minimum is larger than maximum, so no value could pass",
  })
  .meta({ id: "Must", title: "Must", minProperties: 1 });
export type Must = z.infer<typeof MustSchema>;

export const ConditionSchema = z
  .strictObject({
    argument: z.string().min(1).meta({ description: "Name of a top-level argument of the call." }),
    must: MustSchema,
    message: z.string().min(1).meta({ description: "The reason returned when the call is denied." }),
    optional: z
      .boolean()
      .optional()
      .meta({ description: "true: a call without this argument passes. Default false: it is denied." }),
  })
  .meta({
    id: "Condition",
    title: "Condition",
    description: "A call whose argument fails `must` is denied with `message`.",
  });
export type Condition = z.infer<typeof ConditionSchema>;

export const ToolRuleSchema = z
  .strictObject({
    limits: z.array(LimitSchema).optional(),
    approval: z
      .literal("required", { error: 'approval can only be "required" (leave it out when no approval is needed)' })
      .optional()
      .meta({ description: "Every call waits for a person to approve it." }),
    conditions: z.array(ConditionSchema).optional(),
  })
  .meta({
    title: "ToolRule",
    description: "A listed tool is allowed, subject to its conditions, approval and limits.",
  });
export type ToolRule = z.infer<typeof ToolRuleSchema>;

const ToolName = z.string().min(1, { error: "a tool name cannot be empty" });

/** The rules of one server: the whole policy in the single-server form, one `servers` entry otherwise. */
export const SectionSchema = z.strictObject({
  hide: z
    .array(ToolName)
    .optional()
    .meta({ description: "Tools removed from the tool list; every call of them is denied, whatever else says." }),
  tools: z.record(ToolName, ToolRuleSchema).optional().meta({ description: "Allowed tools and their rules." }),
  all_tools: z
    .strictObject({ limits: z.array(LimitSchema) })
    .optional()
    .meta({ description: "Limits counted on every allowed call of this server." }),
});
export type Section = z.infer<typeof SectionSchema>;

export const PolicySchema = SectionSchema.extend({
  $schema: z
    .string()
    .optional()
    .meta({ description: "Optional: the URL of this JSON Schema, so editors can check the file as you type." }),
  version: z.literal("1", { error: 'version must be the string "1"' }),
  default: z
    .enum(["allow", "deny"], { error: 'default must be "allow" or "deny"' })
    .meta({ description: "What happens to a tool that is neither hidden nor listed." }),
  servers: z
    .record(z.string().min(1), SectionSchema)
    .optional()
    .meta({ description: "Multi-server form: the rules of each server, keyed by server name." }),
})
  .superRefine((policy, ctx) => {
    if (!policy.servers) return;
    for (const key of ["hide", "tools"] as const) {
      if (policy[key] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `a policy with "servers" keeps ${key} inside each server, not at the top level`,
        });
      }
    }
  })
  .meta({ title: "Toolrisk policy, version 1" });
export type Policy = z.infer<typeof PolicySchema>;
