import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

describe("Markdown", () => {
  it("renders tables, lists, bold and code spans, with pipes inside code kept in their cell", () => {
    const html = renderToStaticMarkup(
      <Markdown
        source={"| key | meaning |\n|---|---|\n| `a|b` | **bold** |\n\n1. one\n2. `two`\n\nA <b>tag</b> stays text."}
      />,
    );
    expect(html).toContain('<td class="py-2 pr-4"><code');
    expect(html).toContain(">a|b</code>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toMatch(/<ol[^>]*><li>one<\/li><li><code[^>]*>two<\/code><\/li><\/ol>/);
    expect(html).toContain("A &lt;b&gt;tag&lt;/b&gt; stays text.");
  });
});
