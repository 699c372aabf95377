/** Preformatted text; content is rendered as text, never as HTML. */
export function CodeBlock({ code, label, testId }: { code: string; label?: string; testId?: string }) {
  return (
    <figure>
      {label ? <figcaption className="sr-only">{label}</figcaption> : null}
      <pre
        data-testid={testId}
        className="max-h-[32rem] overflow-auto rounded-md bg-zinc-950 p-4 text-sm leading-relaxed text-zinc-100"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
