import { createRandom } from "@/lib/synthetic/prng";

/**
 * How requests choose among the sampled pages. `uniform` cycles through them all, the worst case
 * for any cache; `zipf` asks for the k-th page with weight 1/k, the way real traffic favours a few
 * popular tools, which shows what a page cache (ISR) would gain.
 */
export const DISTRIBUTIONS = ["uniform", "zipf"] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export function pathPicker(paths: readonly string[], distribution: Distribution, seed = 1): () => string {
  if (paths.length === 0) throw new Error("no paths to pick from");
  if (distribution === "uniform") {
    let next = 0;
    return () => paths[next++ % paths.length] as string;
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= paths.length; k++) {
    total += 1 / k;
    cumulative.push(total);
  }
  const random = createRandom(seed);
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return paths[low] as string;
  };
}
