import type { Metadata } from "next";
import Link from "next/link";
import { PolicyBuilder } from "@/components/policy/policy-builder";
import { PolicyValidator } from "@/components/policy/policy-validator";
import { resolveSelection, selectionFromQuery } from "@/lib/queries/policy-selection";
import { listServers } from "@/lib/queries/servers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Policy builder", alternates: { canonical: "/policy" } };

type Props = { searchParams: Promise<{ servers?: string | string[]; tools?: string | string[] }> };

export default async function PolicyBuilderPage({ searchParams }: Props) {
  const query = await searchParams;
  let selectionError: string | undefined;
  let selection = { servers: [] as string[], tools: [] as { server: string; tool: string }[] };
  try {
    selection = selectionFromQuery(query);
  } catch (error) {
    selectionError = error instanceof Error ? error.message : String(error);
  }
  const [resolved, servers] = await Promise.all([resolveSelection(selection), listServers({ page: 1, perPage: 500 })]);
  const current = [...selection.servers, ...selection.tools.map((pair) => `${pair.server}/${pair.tool}`)];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Policy builder</h1>
      <p className="max-w-3xl">
        Pick servers or single tools. Each starts from the recommended rule for its category and risk; change any rule
        and the policy.json below follows, checked as you go. Nothing leaves your browser. The format is described on{" "}
        <Link href="/docs/policy">the policy format page</Link>.
      </p>
      <form action="/policy" className="flex flex-wrap items-end gap-3" data-testid="builder-pick">
        {selection.servers.map((slug) => (
          <input key={slug} type="hidden" name="servers" value={slug} />
        ))}
        {selection.tools.map((pair) => (
          <input key={`${pair.server}/${pair.tool}`} type="hidden" name="tools" value={`${pair.server}/${pair.tool}`} />
        ))}
        <label className="flex flex-col text-sm">
          Add a server
          <input
            name="servers"
            list="builder-servers"
            placeholder="server slug"
            className="w-56 rounded-md border border-zinc-300 bg-transparent px-2 py-1.5 dark:border-zinc-700"
          />
        </label>
        <datalist id="builder-servers">
          {servers.items.map((server) => (
            <option key={server.slug} value={server.slug}>
              {server.title ?? server.name}
            </option>
          ))}
        </datalist>
        <label className="flex flex-col text-sm">
          Add a tool
          <input
            name="tools"
            placeholder="server/tool"
            className="w-56 rounded-md border border-zinc-300 bg-transparent px-2 py-1.5 dark:border-zinc-700"
          />
        </label>
        <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white">
          Add
        </button>
        {current.length ? (
          <Link href="/policy" className="text-sm">
            Start over
          </Link>
        ) : null}
      </form>
      {selectionError ? <p role="alert">The selection in the address is not valid: {selectionError}</p> : null}
      {resolved.missing.length ? <p role="alert">Not in the catalogue: {resolved.missing.join(", ")}.</p> : null}
      {resolved.tools.length ? (
        <PolicyBuilder key={current.join("|")} tools={resolved.tools} />
      ) : (
        <p>Add a server or a tool to start.</p>
      )}
      <PolicyValidator />
    </div>
  );
}
