import type { Category, Risk } from "@/lib/taxonomy";
import type { AnnotationFinding, Evidence } from "./schema";

const WHERE: Record<Evidence["source"], string> = {
  name: "its name",
  title: "its title",
  description: "its description",
  inputSchema: "its input schema",
  annotations: "its annotations",
  server: "its server",
};

/**
 * One plain paragraph for the tool page: the verdict, the words that decided it (quoted), the
 * risk adjustment if any, and where the server's own hints disagree.
 */
export function writeRationale(input: {
  toolName: string;
  category: Category;
  risk: Risk;
  evidence: Evidence[];
  riskAdjustment: Evidence | undefined;
  findings: AnnotationFinding[];
}): string {
  const parts = [`${input.category}, ${input.risk} risk.`];
  for (const item of input.evidence.slice(0, 3)) {
    parts.push(`In ${WHERE[item.source]}, "${clip(item.text)}": ${stripLabel(item.signal)}.`);
  }
  if (input.riskAdjustment) {
    parts.push(
      `Risk raised because ${stripLabel(input.riskAdjustment.signal)} ("${clip(input.riskAdjustment.text)}").`,
    );
  } else {
    parts.push(`Risk is the usual level for a ${input.category} tool.`);
  }
  const disagreements = input.findings.filter((finding) => finding.kind === "contradiction");
  if (disagreements.length > 0) {
    parts.push(`The server's hints disagree: ${disagreements.map((finding) => finding.message).join(" ")}`);
  }
  return parts.join(" ");
}

function stripLabel(signal: string): string {
  return signal.replace(/^(?:Read|Write|Execute|Destructive|Financial|Low|Medium|High|Critical): /, "");
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}...` : oneLine;
}
