// autocannon ships no types; this declares the part of its programmatic API the benchmark uses.
// The result is typed `unknown` on purpose: lib/synthetic/bench/load.ts parses it with zod.
declare module "autocannon" {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: { method?: string; setupRequest?: (request: RawRequest) => RawRequest }[];
  };
  export default function autocannon(options: Options): Promise<unknown>;
}
