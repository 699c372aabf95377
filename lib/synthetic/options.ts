import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError } from "@/lib/env";

export const SeedOptionsSchema = z.object({
  servers: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  toolsPerServer: z.coerce.number().int().min(1).max(1_000).default(10),
  seed: z.coerce.number().int().min(0).default(1),
  /** Servers per transaction: about 5,000 tools, large enough to amortise round trips. */
  batchSize: z.coerce.number().int().min(1).max(10_000).default(500),
  reset: z.boolean().default(false),
});
export type SeedOptions = z.infer<typeof SeedOptionsSchema>;

/** `--servers N --tools-per-server M [--seed S] [--batch-size B] [--reset]` */
export function parseSeedArgs(argv: string[]): SeedOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        servers: { type: "string" },
        "tools-per-server": { type: "string" },
        seed: { type: "string" },
        "batch-size": { type: "string" },
        reset: { type: "boolean" },
      },
    }));
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error), "SEED_ARGS");
  }
  const parsed = SeedOptionsSchema.safeParse({
    servers: values.servers,
    toolsPerServer: values["tools-per-server"],
    seed: values.seed,
    batchSize: values["batch-size"],
    reset: values.reset,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = String(issue?.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new ConfigError(`invalid option --${flag}: ${issue?.message}`, "SEED_ARGS");
  }
  return parsed.data;
}
