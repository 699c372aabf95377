import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="text-2xl font-bold">That page is not in the catalogue</h1>
      <p>
        The server or tool may have a different name, or the address may be mistyped. Tool pages live at{" "}
        <code>/servers/SERVER/tools/TOOL</code>.
      </p>
      <form action="/search" className="flex gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          Search servers and tools
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          placeholder="Search by tool or server name"
          className="w-72 rounded-md border border-zinc-300 bg-transparent px-3 py-1.5 dark:border-zinc-700"
        />
        <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-white">
          Search
        </button>
      </form>
      <ul className="list-disc pl-5">
        <li>
          <Link href="/servers">Browse all servers</Link>
        </li>
        <li>
          <Link href="/categories">Browse tools by category and risk</Link>
        </li>
        <li>
          <Link href="/">Home</Link>
        </li>
      </ul>
    </div>
  );
}
