import { recommendedDecision } from "@/lib/policy/rules";
import type { Category, Risk } from "@/lib/taxonomy";

/** What a call of each category can do: the rubric's definitions in the site's words. */
export const categoryMeaning: Record<Category, { short: string; long: string }> = {
  Read: {
    short: "only looks",
    long: "A call returns information and changes nothing: it lists, searches, fetches, inspects or computes.",
  },
  Write: {
    short: "creates or changes data",
    long: "A call creates or changes data or settings in a way that can be undone or amended later: it edits, adds, moves, sends a message or changes a setting.",
  },
  Execute: {
    short: "runs code or triggers operations",
    long: "A call runs code or commands, or sets an operation in motion beyond a plain data edit: a shell command, a query that can write, a browser action, a build, a deployment, a process start or stop.",
  },
  Destructive: {
    short: "deletes or irreversibly ends something",
    long: "A call can permanently delete or destroy data or resources, or end running work so that it is lost: there is no undo.",
  },
  Financial: {
    short: "moves money or changes a financial obligation",
    long: "A call can move money or create, change or cancel a financial obligation: a payment, refund, transfer, trade, invoice or subscription.",
  },
};

/** Why each risk level is what it is, in one sentence. */
export const riskMeaning: Record<Risk, string> = {
  Low: "A mistaken or malicious call reveals information at most, and nothing that grants access.",
  Medium: "A mistaken call changes data that can be put back, or reads secrets that need guarding.",
  High: "A mistaken call reaches other people, changes who can access what, changes many records, or runs an operation with effects outside the data.",
  Critical: "A single mistaken call can destroy data, move money or run arbitrary code, and cannot be taken back.",
};

/** The rubric's recommended rule for a category and risk (lib/policy/rules.ts), as a sentence. */
export function recommendedRuleText(category: Category, risk: Risk): string {
  const decision = recommendedDecision(category, risk);
  switch (decision.kind) {
    case "allow":
      return "Allow it.";
    case "limit":
      return `Allow it, capped at ${decision.max} calls a ${decision.window}.`;
    case "approval":
      return "Require a person to approve each call before it runs.";
    case "deny":
      return "Deny every call.";
    case "hide":
      return "Hide it: remove it from the tool list the agent sees and deny every call.";
  }
}
