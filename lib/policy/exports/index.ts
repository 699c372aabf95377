import { exportAgentgateway } from "@/lib/policy/exports/agentgateway";
import { exportCedar } from "@/lib/policy/exports/cedar";
import { exportClaude } from "@/lib/policy/exports/claude";
import { exportCodex } from "@/lib/policy/exports/codex";
import type { ExportFormat, ExportOptions, PolicyExport } from "@/lib/policy/exports/plan";
import { formatPolicy } from "@/lib/policy/format";
import type { Policy } from "@/lib/policy/schema";

export { EXPORT_FORMATS, type ExportFormat, type ExportOptions, type PolicyExport } from "@/lib/policy/exports/plan";

const EXPORTERS: Record<ExportFormat, (policy: Policy, options: ExportOptions) => PolicyExport> = {
  claude: exportClaude,
  codex: exportCodex,
  agentgateway: exportAgentgateway,
  cedar: exportCedar,
};

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  claude: "Claude Code",
  codex: "Codex",
  agentgateway: "agentgateway",
  cedar: "ToolHive (Cedar)",
};

/** The same policy in another tool's format, with a note for everything that format cannot say. */
export function exportPolicy(policy: Policy, format: ExportFormat, options: ExportOptions = {}): PolicyExport {
  return EXPORTERS[format](policy, options);
}

/** One tab per format, policy.json first: the shape components/policy/policy-tabs.tsx takes. */
export type PolicyFormatTab = {
  id: "policy" | ExportFormat;
  label: string;
  filename: string;
  content: string;
  notes: string[];
};

export function policyTabs(policy: Policy, options: ExportOptions = {}): PolicyFormatTab[] {
  const native: PolicyFormatTab = {
    id: "policy",
    label: "policy.json",
    filename: "policy.json",
    content: formatPolicy(policy),
    notes: [],
  };
  return [
    native,
    ...(Object.keys(EXPORTERS) as ExportFormat[]).map((format) => {
      const { filename, content, notes } = exportPolicy(policy, format, options);
      return { id: format, label: EXPORT_LABELS[format], filename, content, notes };
    }),
  ];
}
