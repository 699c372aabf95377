import { JsonLd } from "@/components/ui/json-ld";
import { categoryMeaning, recommendedRuleText } from "@/lib/content/categories";
import { countOf } from "@/lib/plural";
import type { ToolPageData } from "@/lib/queries/tools";

export type FaqEntry = { question: string; answer: string };

/** The questions people ask about a tool, answered from our data only. */
export function toolFaq(data: ToolPageData): FaqEntry[] {
  const { tool, server, classification } = data;
  const serverName = server.title ?? server.name;
  const provider = server.packageName
    ? `the ${server.packageRegistry ?? ""} package ${server.packageName}`.replace("  ", " ")
    : (server.remoteUrl ?? server.slug);
  const does = tool.description?.trim() ? tool.description.trim() : "Its definition carries no description.";
  const entries: FaqEntry[] = [{ question: `What does the ${tool.name} tool do?`, answer: does }];
  if (classification) {
    entries.push({
      question: `What risk level is ${tool.name}?`,
      answer: `${classification.risk}. Toolrisk classifies it as ${classification.category} (${categoryMeaning[classification.category].short}), with confidence ${classification.confidence.toFixed(2)}. ${recommendedRuleText(classification.category, classification.risk)}`,
    });
  }
  entries.push(
    {
      question: `How do I enforce a policy on ${tool.name}?`,
      answer: `Put the policy.json above in front of the ${serverName} server with a gateway or client that enforces it, or use one of the exports (Claude Code permissions, Codex disabled_tools, agentgateway CEL rules, Cedar). Every tool not named in the policy is denied by default.`,
    },
    {
      question: `Can I rate-limit ${tool.name}?`,
      answer: `Yes. Give the tool a "limits" entry in policy.json, for example {"counter": "${tool.name}_rate", "window": "minute", "max": 10, "scope": "grant"} for at most 10 calls a minute. Windows are second, minute, hour or day.`,
    },
    {
      question: `How do I block ${tool.name} completely?`,
      answer: `Add "${tool.name}" to the "hide" list of policy.json: the tool disappears from the list the agent sees and every call is denied. Under "default": "deny", leaving it out of "tools" also denies its calls, but the agent still sees it.`,
    },
    {
      question: `Which MCP server provides ${tool.name}?`,
      answer: `${serverName}, published as ${provider}. It lists ${countOf(server.toolCount, "tool")} in the latest crawl.`,
    },
  );
  return entries;
}

export function ToolFaq({ entries }: { entries: FaqEntry[] }) {
  return (
    <>
      <dl className="space-y-4" data-testid="faq">
        {entries.map((entry) => (
          <div key={entry.question}>
            <dt className="font-medium">{entry.question}</dt>
            <dd className="whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{entry.answer}</dd>
          </div>
        ))}
      </dl>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          mainEntity: entries.map((entry) => ({
            "@type": "Question",
            name: entry.question,
            acceptedAnswer: { "@type": "Answer", text: entry.answer },
          })),
        }}
      />
    </>
  );
}
