import type { Evidence } from "@/lib/queries/view-models";

const sourceLabels: Record<string, string> = {
  name: "Name",
  title: "Title",
  description: "Description",
  inputSchema: "Input schema",
  annotations: "Annotations",
  server: "Server",
};

const evidenceKey = (item: Evidence) => `${item.source}|${item.field ?? ""}|${item.text}`;

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => !seen.has(evidenceKey(item)) && seen.add(evidenceKey(item)));
}

/** The exact words and fields that decided the classification, quoted as text. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (!evidence.length) return <p className="text-sm">No single word decided it; see the rationale above.</p>;
  return (
    <ul className="space-y-2" data-testid="evidence">
      {uniqueEvidence(evidence).map((item) => (
        <li key={evidenceKey(item)} className="text-sm">
          <span className="font-medium">{sourceLabels[item.source] ?? item.source}</span>
          {item.field ? <code className="ml-1 text-xs text-zinc-500">{item.field}</code> : null}:{" "}
          <q className="rounded bg-zinc-100 px-1 font-mono dark:bg-zinc-900">{item.text}</q>
          {item.signal ? <span className="text-zinc-600 dark:text-zinc-400"> → {item.signal}</span> : null}
        </li>
      ))}
    </ul>
  );
}
