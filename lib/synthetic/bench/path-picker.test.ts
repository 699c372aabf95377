import { describe, expect, it } from "vitest";
import { pathPicker } from "@/lib/synthetic/bench/path-picker";

const paths = Array.from({ length: 100 }, (_, i) => `/p/${i}`);

describe("pathPicker", () => {
  it("cycles through every path when uniform", () => {
    const pick = pathPicker(paths, "uniform");
    const picked = Array.from({ length: 200 }, pick);
    expect(new Set(picked).size).toBe(100);
    expect(picked[100]).toBe(paths[0]);
  });

  it("favours the first paths when zipf, still reaching the tail, deterministically", () => {
    const picked = Array.from({ length: 10_000 }, pathPicker(paths, "zipf"));
    const first = picked.filter((path) => path === "/p/0").length;
    const last = picked.filter((path) => path === "/p/99").length;
    // Weight 1/1 of H(100) ≈ 5.19 is about 19%; the 100th path about 0.2%.
    expect(first / picked.length).toBeGreaterThan(0.15);
    expect(first / picked.length).toBeLessThan(0.23);
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(first / 20);
    expect(Array.from({ length: 50 }, pathPicker(paths, "zipf"))).toEqual(picked.slice(0, 50));
  });
});
