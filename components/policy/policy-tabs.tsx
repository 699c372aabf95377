"use client";

import { type KeyboardEvent, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { DownloadButton } from "@/components/ui/download-button";

import type { PolicyTab } from "@/lib/policy-tabs";

/** The same policy in each format, as accessible tabs (arrow keys move between them). */
export function PolicyTabs({ tabs, testId }: { tabs: PolicyTab[]; testId?: string }) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();
  const current = tabs[active];
  if (!current) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (active + step + tabs.length) % tabs.length;
    setActive(next);
    refs.current[next]?.focus();
  }

  return (
    <div data-testid={testId} className="space-y-2">
      <div
        role="tablist"
        aria-label="Policy formats"
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={index === active}
            aria-controls={`${baseId}-panel`}
            tabIndex={index === active ? 0 : -1}
            onClick={() => setActive(index)}
            className={cn(
              "-mb-px border-b-2 px-3 py-1.5 text-sm",
              index === active ? "border-sky-600 font-semibold" : "border-transparent text-zinc-600 dark:text-zinc-400",
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${current.id}`} className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <code className="text-sm text-zinc-600 dark:text-zinc-400">{current.filename}</code>
          <span className="ml-auto flex gap-2">
            <CopyButton text={current.content} label={`Copy ${current.label}`} />
            <DownloadButton text={current.content} filename={current.filename} />
          </span>
        </div>
        <CodeBlock code={current.content} label={current.label} testId={`policy-code-${current.id}`} />
        {current.notes.length ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
            <p className="font-medium">What this format cannot express</p>
            <ul className="list-disc pl-5">
              {current.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
