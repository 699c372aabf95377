import Link from "next/link";
import { CategoryBadge, RiskBadge, UnclassifiedBadge } from "@/components/ui/badge";
import type { ToolListItem } from "@/lib/queries/view-models";
import { toolPath } from "@/lib/urls";

/** One line is shown (CSS truncates it); clipping first keeps long descriptions out of the HTML. */
const DESCRIPTION_CHARS = 200;

function clip(text: string): string {
  return text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS).trimEnd()}…` : text;
}

/** A compact list of tools with their labels; descriptions are clipped and shown as text. */
export function ToolList({
  tools,
  showServer = true,
  testId,
}: {
  tools: ToolListItem[];
  showServer?: boolean;
  testId?: string;
}) {
  if (!tools.length) return <p className="text-sm text-zinc-600 dark:text-zinc-400">None.</p>;
  return (
    <ul className="divide-y divide-zinc-100 dark:divide-zinc-900" data-testid={testId}>
      {tools.map((tool) => (
        <li key={`${tool.serverSlug}/${tool.name}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
          <Link href={toolPath(tool.serverSlug, tool.name)} className="font-mono text-sm font-medium">
            {tool.name}
          </Link>
          {tool.category && tool.risk ? (
            <>
              <CategoryBadge category={tool.category} />
              <RiskBadge risk={tool.risk} />
            </>
          ) : (
            <UnclassifiedBadge />
          )}
          {showServer ? <span className="text-sm text-zinc-600 dark:text-zinc-400">on {tool.serverName}</span> : null}
          {tool.description ? (
            <p className="w-full truncate text-sm text-zinc-600 dark:text-zinc-400">{clip(tool.description)}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
