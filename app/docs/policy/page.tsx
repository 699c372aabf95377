import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { Markdown } from "@/components/ui/markdown";
import { Section } from "@/components/ui/section";
import { POLICY_DOCS } from "@/lib/policy/docs";

export const metadata: Metadata = {
  title: "The policy.json format",
  description: POLICY_DOCS.intro,
  alternates: { canonical: "/docs/policy" },
};

export default function PolicyDocsPage() {
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{POLICY_DOCS.title}</h1>
        <p className="max-w-3xl">{POLICY_DOCS.intro}</p>
        <nav aria-label="On this page">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {POLICY_DOCS.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
            <li>
              <a href="#exports">Exports</a>
            </li>
          </ul>
        </nav>
        <p className="text-sm">
          JSON Schema: <a href={POLICY_DOCS.schemaPath}>{POLICY_DOCS.schemaPath}</a>. Build one for your servers in the{" "}
          <Link href="/policy">policy builder</Link>.
        </p>
      </header>
      {POLICY_DOCS.sections.map((section) => (
        <Section key={section.id} id={section.id} title={section.title}>
          <Markdown source={section.body} />
          {section.examples.map((example) => (
            <div key={example.id} className="space-y-2" data-testid={`example-${example.id}`}>
              <div className="flex items-center gap-2">
                <h3 className="font-semibold">{example.title}</h3>
                <span className="ml-auto">
                  <CopyButton text={example.text} label="Copy example" />
                </span>
              </div>
              <CodeBlock code={example.text} label={example.title} />
              <p className="text-sm">{example.explanation}</p>
            </div>
          ))}
        </Section>
      ))}
      <Section id="exports" title="Exports to other tools">
        <p>
          Every policy on this site is also offered in the formats below. What a format cannot express is listed, and
          the export notes it too: a rule is never dropped silently, and an export is never looser than the policy.
        </p>
        {POLICY_DOCS.exports.map((doc) => (
          <div key={doc.format} className="space-y-1">
            <h3 className="font-semibold">
              {doc.label} <code className="text-sm font-normal">{doc.filename}</code>
            </h3>
            <p className="text-sm">{doc.howToUse}</p>
            <p className="text-sm font-medium">Expresses</p>
            <ul className="list-disc pl-6 text-sm">
              {doc.expresses.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="text-sm font-medium">Cannot express</p>
            <ul className="list-disc pl-6 text-sm">
              {doc.cannotExpress.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </Section>
    </article>
  );
}
