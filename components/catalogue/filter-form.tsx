import { CATEGORIES, RISKS } from "@/lib/taxonomy";

type Values = { q?: string; category?: string; risk?: string; server?: string };

const selectClass = "rounded-md border border-zinc-300 bg-transparent px-2 py-1.5 text-sm dark:border-zinc-700";

/** A plain GET form: filters work without JavaScript and every result page has a shareable URL. */
export function FilterForm({
  action,
  values,
  showQuery = true,
  showCategory = true,
  showRisk = true,
  servers,
}: {
  action: string;
  values: Values;
  showQuery?: boolean;
  showCategory?: boolean;
  showRisk?: boolean;
  servers?: { slug: string; name: string }[];
}) {
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="filter-form">
      {showQuery ? (
        <label className="flex flex-col text-sm">
          Search
          <input
            name="q"
            type="search"
            defaultValue={values.q}
            className={`${selectClass} w-64`}
            placeholder="e.g. delete file"
          />
        </label>
      ) : null}
      {showCategory ? (
        <label className="flex flex-col text-sm">
          Category
          <select name="category" defaultValue={values.category ?? ""} className={selectClass}>
            <option value="">Any</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {showRisk ? (
        <label className="flex flex-col text-sm">
          Risk
          <select name="risk" defaultValue={values.risk ?? ""} className={selectClass}>
            <option value="">Any</option>
            {RISKS.map((risk) => (
              <option key={risk} value={risk}>
                {risk}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label htmlFor="filter-server" className="flex flex-col text-sm">
        Server
        {servers ? (
          <select id="filter-server" name="server" defaultValue={values.server ?? ""} className={selectClass}>
            <option value="">Any</option>
            {servers.map((server) => (
              <option key={server.slug} value={server.slug}>
                {server.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="filter-server"
            name="server"
            defaultValue={values.server}
            className={selectClass}
            placeholder="server slug"
          />
        )}
      </label>
      <button
        type="submit"
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
      >
        Apply
      </button>
    </form>
  );
}
