import Link from "next/link";
import { CategoryBadge, RiskBadge, UnclassifiedBadge } from "@/components/ui/badge";
import { clipText } from "@/lib/clip";
import type { ToolListItem } from "@/lib/queries/view-models";
import { toolPath } from "@/lib/urls";

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
        <li key={`${tool.serverSlug}/${tool.name}`} className="tool-row">
          <Link href={toolPath(tool.serverSlug, tool.name)} className="tool-row-name">
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
          {showServer ? <span className="tool-row-note">on {tool.serverName}</span> : null}
          {tool.description ? <p className="tool-row-description">{clipText(tool.description, 200)}</p> : null}
        </li>
      ))}
    </ul>
  );
}
