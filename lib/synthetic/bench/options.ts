import { parseArgs } from "node:util";
import { z } from "zod";
import { ConfigError } from "@/lib/env";
import { DISTRIBUTIONS } from "@/lib/synthetic/bench/path-picker";
import { ROUTES } from "@/lib/synthetic/bench/run-bench";

export const BenchArgsSchema = z.object({
  connections: z.coerce.number().int().min(1).max(1_000).default(50),
  duration: z.coerce.number().int().min(1).max(600).default(10),
  /** Seconds of unrecorded load per route first: a cold server loads page modules and JIT-compiles. */
  warmup: z.coerce.number().int().min(0).max(60).default(5),
  /** Tool pages to sample (half cached, half first renders) and server pages to rotate through. */
  samples: z.coerce.number().int().min(1).max(100_000).default(3_000),
  port: z.coerce.number().int().min(1).max(65_535).optional(),
  routes: z
    .string()
    .default(ROUTES.join(","))
    .transform((value) => value.split(",").map((route) => route.trim()))
    .pipe(z.array(z.enum(ROUTES)).min(1)),
  /** uniform: cycles through every sampled page; zipf: a few pages get most requests. */
  distribution: z.enum(DISTRIBUTIONS).default("uniform"),
  /** Measure an already running site instead of building and starting one. */
  url: z.url().optional(),
});
export type BenchArgs = z.infer<typeof BenchArgsSchema>;

/**
 * `--connections 50 --duration 10 --warmup 5 --samples 3000 --routes static,home,tool,tool-first-render,server,search
 * --distribution uniform|zipf [--url URL]`
 */
export function parseBenchArgs(argv: string[]): BenchArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.keys(BenchArgsSchema.shape).map((key) => [key, { type: "string" as const }])),
    }));
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error), "BENCH_ARGS");
  }
  const parsed = BenchArgsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid option --${String(issue?.path[0])}: ${issue?.message}`, "BENCH_ARGS");
  }
  return parsed.data;
}
