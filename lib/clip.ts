/**
 * The start of a text, cut at `max` characters with an ellipsis. Lists show a line or two of each
 * description; clipping before rendering keeps the rest out of the page's HTML and RSC payload.
 */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}
