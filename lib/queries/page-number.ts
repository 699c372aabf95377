import { z } from "zod";

/** A page number from the query string; anything else is page 1 (the page is never an error). */
export function pageNumber(raw: string | undefined, maxPage = 10_000): number {
  const parsed = z.coerce.number().int().min(1).max(maxPage).safeParse(raw);
  return parsed.success ? parsed.data : 1;
}
