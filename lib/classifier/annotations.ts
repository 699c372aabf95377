import type { Category } from "@/lib/taxonomy";
import type { ToolAnnotations } from "@/lib/tool-definition";
import type { AnnotationFinding, AnnotationHint } from "./schema";

/** The MCP specification's defaults for a tool that declares nothing: the worst case. */
export const SPEC_DEFAULTS: Record<AnnotationHint, boolean> = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: false,
  openWorldHint: true,
};

const HINTS: AnnotationHint[] = ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"];

/** What our category says each hint should be; null where the category does not settle it. */
function ourView(category: Category): Record<AnnotationHint, boolean | null> {
  return {
    readOnlyHint: category === "Read",
    // A Write tool may overwrite (write_file), so a destructive hint is fair; Execute depends on what runs.
    destructiveHint: category === "Read" ? false : category === "Write" || category === "Execute" ? null : true,
    idempotentHint: category === "Read" ? true : null,
    openWorldHint: null,
  };
}

/**
 * Compares the server's hints with our reading. Hints are claims by an untrusted party: we record
 * where they agree, where they claim the tool is safer than we found (a contradiction, the one that
 * matters: a client trusting the hint would under-protect), where they are more cautious than
 * needed (an overstatement), and the spec defaults for undeclared ones.
 */
export function compareAnnotations(annotations: ToolAnnotations | undefined, category: Category): AnnotationFinding[] {
  const ours = ourView(category);
  const findings: AnnotationFinding[] = [];
  for (const hint of HINTS) {
    const declared = annotations?.[hint];
    const expected = ours[hint];
    if (declared === undefined) {
      findings.push({
        hint,
        declared: null,
        ours: expected,
        kind: "default-assumed",
        message: `${hint} not declared; the MCP default (${SPEC_DEFAULTS[hint]}) is assumed, and not relied on.`,
      });
    } else if (expected !== null) {
      const agrees = declared === expected;
      // destructiveHint is meaningless on a tool that also declares itself read-only.
      if (hint === "destructiveHint" && annotations?.readOnlyHint === true && category === "Read") continue;
      findings.push({
        hint,
        declared,
        ours: expected,
        kind: agrees ? "agreement" : claimsSafer(hint, declared) ? "contradiction" : "overstatement",
        message: agrees ? `${hint}=${declared} agrees with ${category}.` : disagreement(hint, declared, category),
      });
    }
  }
  return findings;
}

/** True when the declared value describes a safer tool than the opposite value would. */
function claimsSafer(hint: AnnotationHint, declared: boolean): boolean {
  return hint === "destructiveHint" ? !declared : declared;
}

function disagreement(hint: AnnotationHint, declared: boolean, category: Category): string {
  const article = category === "Execute" ? "an" : "a";
  if (hint === "readOnlyHint" && declared)
    return `Declares readOnlyHint=true, but this is ${article} ${category} tool: a call can change things.`;
  if (hint === "readOnlyHint")
    return "Declares readOnlyHint=false, but we found only reading: more cautious than needed.";
  if (hint === "destructiveHint" && !declared)
    return `Declares destructiveHint=false, but this is ${article} ${category} tool whose effect cannot be undone.`;
  if (hint === "destructiveHint")
    return `Declares destructiveHint=true, but we found a ${category.toLowerCase()} tool: more cautious than needed.`;
  if (hint === "idempotentHint" && !declared)
    return "Declares idempotentHint=false, but a lookup can be repeated safely.";
  return `Declares ${hint}=${declared}, which we could not confirm for a ${category} tool.`;
}

export function contradictions(findings: AnnotationFinding[]): AnnotationFinding[] {
  return findings.filter((finding) => finding.kind === "contradiction");
}
