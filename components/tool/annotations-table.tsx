import type { AnnotationFinding } from "@/lib/queries/view-models";
import type { ToolAnnotations } from "@/lib/tool-definition";

const HINTS = [
  { key: "readOnlyHint", label: "Read-only", specDefault: false },
  { key: "destructiveHint", label: "Destructive", specDefault: true },
  { key: "idempotentHint", label: "Idempotent", specDefault: false },
  { key: "openWorldHint", label: "Open world", specDefault: true },
] as const;

/**
 * The server's annotations beside what our classification found. Annotations are the server's
 * own claims; a contradiction is shown prominently because it is a reason for distrust.
 */
export function AnnotationsTable({
  annotations,
  findings,
}: {
  annotations: ToolAnnotations | undefined;
  findings: AnnotationFinding[];
}) {
  const contradictions = findings.filter((finding) => finding.kind === "contradiction");
  return (
    <div className="space-y-3">
      {contradictions.length ? (
        <div
          role="note"
          data-testid="annotation-mismatch"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p className="font-semibold">The server's annotations contradict what the definition says</p>
          <ul className="list-disc pl-5">
            {contradictions.map((finding) => (
              <li key={finding.hint}>{finding.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="annotations">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Hint
              </th>
              <th scope="col" className="py-2 pr-4">
                Declared by the server
              </th>
              <th scope="col" className="py-2">
                Our finding
              </th>
            </tr>
          </thead>
          <tbody>
            {HINTS.map((hint) => {
              const declared = annotations?.[hint.key];
              const finding = findings.find((item) => item.hint === hint.key);
              return (
                <tr key={hint.key} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                  <td className="py-2 pr-4">
                    {hint.label} <code className="text-xs text-zinc-500">{hint.key}</code>
                  </td>
                  <td className="py-2 pr-4">
                    {declared === undefined
                      ? `not declared (the MCP default is ${hint.specDefault})`
                      : String(declared)}
                  </td>
                  <td className="py-2">
                    {finding ? (
                      <span
                        className={
                          finding.kind === "contradiction" ? "font-semibold text-red-700 dark:text-red-300" : ""
                        }
                      >
                        {finding.message}
                      </span>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
