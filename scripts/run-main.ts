import { ConfigError } from "@/lib/env";

/**
 * Runs a script's main function: a ConfigError or other expected failure prints one clear line
 * (no stack trace) and exits 1; anything else prints the stack, since it is a bug.
 */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof ConfigError) {
        console.error(`toolrisk: ${error.message}`);
      } else if (error instanceof Error && !process.env.TOOLRISK_DEBUG) {
        console.error(`toolrisk: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
