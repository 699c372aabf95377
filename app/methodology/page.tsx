import type { Metadata } from "next";
import Link from "next/link";
import { ConfusionMatrix, EvaluationSummary } from "@/components/catalogue/evaluation-table";
import { Section } from "@/components/ui/section";
import { categoryMeaning, recommendedRuleText } from "@/lib/content/categories";
import { classifierEvaluation as evaluation } from "@/lib/content/evaluation";
import { CATEGORIES } from "@/lib/taxonomy";

export const metadata: Metadata = {
  title: "How tools are classified",
  description: "The rules behind every Toolrisk label, and how often they agree with a person's label.",
  alternates: { canonical: "/methodology" },
};

const ADJUSTMENTS = [
  [
    "Read",
    "Low",
    "Medium when a call returns secrets: API keys, passwords, tokens, connection strings, environment variables.",
  ],
  [
    "Write",
    "Medium",
    "High when a call reaches other people (email, chat, posts), changes access (permissions, roles, keys, DNS, firewall) or changes many records at once.",
  ],
  [
    "Execute",
    "High",
    "Critical when a call runs arbitrary code, shell commands or write-capable SQL on a host or production system.",
  ],
  ["Destructive", "Critical", "No adjustment."],
  ["Financial", "Critical", "No adjustment."],
] as const;

export default function MethodologyPage() {
  const halves = evaluation.halves.map((report, index) => ({ label: `Rules, server half ${index + 1}`, report }));
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">How tools are classified</h1>
        <p className="max-w-3xl">
          Each tool gets one category, the worst thing a single call can do, and a risk level. The label is read from
          the tool's own definition: its name, title, description, input schema and annotations, and what its server's
          other tools say about the server. Every label on this site shows the words that decided it.
        </p>
      </header>

      <Section id="categories" title="Categories">
        <p>When a tool fits several, the first in this list wins.</p>
        <ol className="list-decimal space-y-1 pl-6">
          {CATEGORIES.map((category) => (
            <li key={category}>
              <strong>{category}</strong>: {categoryMeaning[category].long}
            </li>
          ))}
        </ol>
        <p>
          A tool that does several things through an <code>action</code> or <code>operation</code> parameter takes the
          category of the worst of them; a flag such as <code>force</code>, <code>prune</code> or <code>delete</code>{" "}
          counts the same way.
        </p>
      </Section>

      <Section id="risk" title="Risk levels">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Category
                </th>
                <th scope="col" className="py-2 pr-4">
                  Starts at
                </th>
                <th scope="col" className="py-2 pr-4">
                  Raised when
                </th>
                <th scope="col" className="py-2">
                  Recommended rule at the base level
                </th>
              </tr>
            </thead>
            <tbody>
              {ADJUSTMENTS.map(([category, base, raised]) => (
                <tr key={category} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                  <td className="py-2 pr-4">{category}</td>
                  <td className="py-2 pr-4">{base}</td>
                  <td className="py-2 pr-4">{raised}</td>
                  <td className="py-2">{recommendedRuleText(category, base)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="annotations" title="Annotations are hints, not answers">
        <p>
          MCP lets a server describe its own tools with hints such as <code>readOnlyHint</code> and{" "}
          <code>destructiveHint</code>. The server is the party being judged, so its hints count as evidence, never as
          the verdict. When a hint contradicts what the definition says (a "read-only" tool that deletes), the tool page
          says so. A tool that declares nothing is shown with the protocol's defaults, marked as assumed.
        </p>
      </Section>

      <Section id="how" title="The classifiers">
        <p>
          The default classifier is a set of deterministic rules: the same definition always gets the same label, with
          no network. Names are split into words (camelCase, snake_case, kebab-case, dotted), the leading verb and its
          object are read against word lists, and the description, parameter names, enums and flags can only raise the
          category. A confidence below 1 marks the labels the rules are least sure of.
        </p>
        <p>
          When an OpenAI-compatible model is configured (<code>OPENAI_API_KEY</code>), the least confident rules results
          go to it first, with the full rubric; its answer is checked against a schema and cached by definition, and any
          failure keeps the rules result, saying so.
        </p>
      </Section>

      <Section id="accuracy" title="Measured accuracy">
        <p>
          Measured on {evaluation.dataset} against labels a person gave under the same rubric, with{" "}
          {evaluation.classifier}. A dangerous miss is a Destructive, Financial or Execute tool labelled Read or Write:
          the mistake that would let an agent do harm under a permissive rule. The two baselines show what simpler
          approaches get on the same tools.
        </p>
        <EvaluationSummary
          rows={[
            { label: "Rules classifier", report: evaluation.rules },
            ...halves,
            { label: "Baseline: annotations only", report: evaluation.annotationsOnly },
            { label: "Baseline: name keywords only", report: evaluation.nameKeywords },
          ]}
        />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The server halves split the servers in two by a hash of their name, so each half's figure is measured on tools
          of servers that stand apart from the other half's. The rules were written with these labelled tools in view,
          so expect somewhat lower figures on servers from elsewhere. Found a wrong label?{" "}
          <Link href="/contact">Tell us</Link>.
        </p>
        <ConfusionMatrix report={evaluation.rules} />
      </Section>
    </article>
  );
}
