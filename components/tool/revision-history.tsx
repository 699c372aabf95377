import { cn } from "@/components/ui/cn";
import { diffLines, stableJson } from "@/lib/diff";
import type { RevisionView } from "@/lib/queries/tools";

const lineStyles = {
  same: "text-zinc-400",
  added: "bg-emerald-950 text-emerald-200",
  removed: "bg-red-950 text-red-200",
} as const;
const linePrefix = { same: "  ", added: "+ ", removed: "- " } as const;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Every distinct definition the tool has had, newest first, each with its diff from the one before. */
export function RevisionHistory({ revisions }: { revisions: RevisionView[] }) {
  if (revisions.length <= 1) {
    const only = revisions[0];
    return (
      <p className="text-sm" data-testid="revision-history">
        {only
          ? `One definition seen since ${day(only.firstSeenAt)}, unchanged in every crawl up to ${day(only.lastSeenAt)}.`
          : "No definition recorded."}
      </p>
    );
  }
  return (
    <ol className="space-y-4" data-testid="revision-history">
      {revisions.map((revision, index) => {
        const previous = revisions[index + 1];
        return (
          <li key={revision.hash} className="space-y-2">
            <p className="text-sm">
              <span className="font-medium">{index === 0 ? "Current definition" : "Earlier definition"}</span>, seen{" "}
              {day(revision.firstSeenAt)} to {day(revision.lastSeenAt)}{" "}
              <code className="text-xs text-zinc-500">sha256 {revision.hash.slice(0, 12)}</code>
            </p>
            {previous ? (
              <figure>
                <figcaption className="sr-only">Changes from the definition before</figcaption>
                <pre className="max-h-96 overflow-auto rounded-md bg-zinc-950 p-3 text-xs">
                  {diffLines(stableJson(previous.definition), stableJson(revision.definition))
                    .filter((line, i, all) => line.kind !== "same" || nearChange(all, i))
                    .map((line, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: diff lines repeat; their position is their identity.
                      <span key={`${i}-${line.kind}`} className={cn("block", lineStyles[line.kind])}>
                        {linePrefix[line.kind]}
                        {line.text}
                      </span>
                    ))}
                </pre>
              </figure>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">First definition recorded.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Unchanged lines are shown only as context, two either side of a change. */
function nearChange(lines: { kind: string }[], index: number): boolean {
  for (let offset = -2; offset <= 2; offset++) {
    const line = lines[index + offset];
    if (line && line.kind !== "same") return true;
  }
  return false;
}
