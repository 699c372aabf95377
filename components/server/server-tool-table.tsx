import Link from "next/link";
import { CategoryBadge, RiskBadge, UnclassifiedBadge } from "@/components/ui/badge";
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
            <tr key={tool.name} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <td className="py-2 pr-4 font-mono">
                <Link href={toolPath(tool.serverSlug, tool.name)}>{tool.name}</Link>
              </td>
              <td className="py-2 pr-4">
                {tool.category ? <CategoryBadge category={tool.category} /> : <UnclassifiedBadge />}
              </td>
              <td className="py-2 pr-4">{tool.risk ? <RiskBadge risk={tool.risk} /> : null}</td>
              <td className="max-w-xl py-2">
                <span className="line-clamp-2">{tool.description}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
