import type { PublishedReport } from "@/lib/content/evaluation";
import { CATEGORIES } from "@/lib/taxonomy";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function EvaluationSummary({ rows }: { rows: { label: string; report: PublishedReport }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="evaluation-summary">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Classifier
            </th>
            <th scope="col" className="py-2 pr-4">
              Tools
            </th>
            <th scope="col" className="py-2 pr-4">
              Category accuracy
            </th>
            <th scope="col" className="py-2 pr-4">
              Risk accuracy
            </th>
            <th scope="col" className="py-2">
              Dangerous misses
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, report }) => (
            <tr key={label} className="border-b border-zinc-100 dark:border-zinc-900">
              <td className="py-2 pr-4">{label}</td>
              <td className="py-2 pr-4">{report.total}</td>
              <td className="py-2 pr-4">{percent(report.categoryAccuracy)}</td>
              <td className="py-2 pr-4">{percent(report.riskAccuracy)}</td>
              <td className="py-2">
                {report.dangerousMisses.count} ({percent(report.dangerousMisses.rate)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ConfusionMatrix({ report }: { report: PublishedReport }) {
  return (
    <div className="overflow-x-auto">
      <table className="text-right text-sm">
        <caption className="pb-2 text-left text-zinc-600 dark:text-zinc-400">
          Rows: the label; columns: what the rules classifier said.
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            {CATEGORIES.map((category) => (
              <th key={category} scope="col" className="px-2 py-1">
                {category}
              </th>
            ))}
            <th scope="col" className="px-2 py-1">
              Precision
            </th>
            <th scope="col" className="px-2 py-1">
              Recall
            </th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((labelled) => {
            const stats = report.perCategory.find((row) => row.category === labelled);
            return (
              <tr key={labelled} className="border-t border-zinc-100 dark:border-zinc-900">
                <th scope="row" className="px-2 py-1 text-left">
                  {labelled}
                </th>
                {CATEGORIES.map((predicted) => (
                  <td key={predicted} className={`px-2 py-1 ${labelled === predicted ? "font-semibold" : ""}`}>
                    {report.confusion[labelled]?.[predicted] ?? 0}
                  </td>
                ))}
                <td className="px-2 py-1">{stats ? percent(stats.precision) : "—"}</td>
                <td className="px-2 py-1">{stats ? percent(stats.recall) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
