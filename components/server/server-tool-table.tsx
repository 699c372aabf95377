import Link from "next/link";
import { CategoryBadge, RiskBadge, UnclassifiedBadge } from "@/components/ui/badge";
import { clipText } from "@/lib/clip";
import type { ToolListItem } from "@/lib/queries/view-models";
import { toolPath } from "@/lib/urls";

export function ServerToolTable({ tools }: { tools: ToolListItem[] }) {
  if (!tools.length) return <p className="text-sm">The last successful crawl listed no tools.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="server-tools">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Tool
            </th>
            <th scope="col" className="py-2 pr-4">
              Category
            </th>
            <th scope="col" className="py-2 pr-4">
              Risk
            </th>
            <th scope="col" className="py-2">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {tools.map((tool) => (
            <tr key={tool.name} className="tool-table-row">
              <td className="font-mono">
                <Link href={toolPath(tool.serverSlug, tool.name)}>{tool.name}</Link>
              </td>
              <td>{tool.category ? <CategoryBadge category={tool.category} /> : <UnclassifiedBadge />}</td>
              <td>{tool.risk ? <RiskBadge risk={tool.risk} /> : null}</td>
              <td className="max-w-xl">
                <span className="line-clamp-2">{clipText(tool.description ?? "", 320)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
