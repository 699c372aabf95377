import type { ReactNode } from "react";

/**
 * Renders the small markdown subset our own documentation uses (paragraphs, lists, tables, **bold**
 * and `code`) as React elements. Nothing becomes raw HTML, so no text can inject markup.
 */
export function Markdown({ source }: { source: string }) {
  return <div className="space-y-3">{blocks(source).map(renderBlock)}</div>;
}

type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "table"; header: string[]; rows: string[][] };

function blocks(source: string): Block[] {
  const result: Block[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim());
    if (!lines.length) continue;
    if (lines.every((line) => line.trim().startsWith("|"))) {
      const cells = (line: string) => splitRow(line);
      const [head, , ...body] = lines;
      result.push({ kind: "table", header: cells(head ?? ""), rows: body.map(cells) });
    } else if (lines.every((line) => /^\s*(\d+\.|[-*])\s/.test(line))) {
      result.push({
        kind: "list",
        ordered: /^\s*\d+\./.test(lines[0] ?? ""),
        items: lines.map((line) => line.replace(/^\s*(\d+\.|[-*])\s+/, "")),
      });
    } else {
      result.push({ kind: "paragraph", text: lines.join(" ") });
    }
  }
  return result;
}

/** Splits a table row on pipes that are not inside a code span. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let inCode = false;
  for (const char of line.trim().replace(/^\||\|$/g, "")) {
    if (char === "`") inCode = !inCode;
    if (char === "|" && !inCode) {
      cells.push(current.trim());
      current = "";
    } else current += char;
  }
  cells.push(current.trim());
  return cells;
}

function inline(text: string): ReactNode[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).map((part, index) => {
    const key = `${index}-${part.length}`;
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) {
      return (
        <code key={key} className="rounded bg-zinc-100 px-1 text-[0.9em] dark:bg-zinc-900">
          {part.slice(1, -1)}
        </code>
      );
    }
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3)
      return <strong key={key}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

function renderBlock(block: Block, index: number): ReactNode {
  if (block.kind === "paragraph") return <p key={index}>{inline(block.text)}</p>;
  if (block.kind === "list") {
    const items = block.items.map((item) => <li key={item}>{inline(item)}</li>);
    return block.ordered ? (
      <ol key={index} className="list-decimal space-y-1 pl-6">
        {items}
      </ol>
    ) : (
      <ul key={index} className="list-disc space-y-1 pl-6">
        {items}
      </ul>
    );
  }
  return (
    <div key={index} className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            {block.header.map((cell) => (
              <th key={cell} scope="col" className="py-2 pr-4">
                {inline(cell)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row) => (
            <tr key={row.join("|")} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              {row.map((cell, cellIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell's column is its identity.
                <td key={`${cellIndex}-${cell}`} className="py-2 pr-4">
                  {inline(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
