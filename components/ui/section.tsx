import type { ReactNode } from "react";

/** A titled block of a page; the id makes each part linkable (and reachable from the page index). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        <a href={`#${id}`} className="no-underline hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
