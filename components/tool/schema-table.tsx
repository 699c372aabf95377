import { z } from "zod";

const PropertySchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  description: z.string().optional(),
  enum: z.array(z.unknown()).optional(),
  default: z.unknown().optional(),
  items: z.looseObject({ type: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  anyOf: z.array(z.looseObject({ type: z.string().optional() })).optional(),
});
const ObjectSchema = z.looseObject({
  properties: z.record(z.string(), z.unknown()).optional(),
  required: z.array(z.string()).optional(),
});

function typeLabel(property: z.infer<typeof PropertySchema>): string {
  const type = Array.isArray(property.type) ? property.type.join(" | ") : property.type;
  if (type === "array" && property.items?.type) return `array of ${property.items.type}`;
  if (type) return type;
  if (property.anyOf) return property.anyOf.map((option) => option.type ?? "?").join(" | ");
  return "any";
}

/** A tool's input schema as a table of parameters; all text is rendered as text. */
export function SchemaTable({ schema }: { schema: unknown }) {
  const parsed = ObjectSchema.safeParse(schema);
  const properties = parsed.success ? Object.entries(parsed.data.properties ?? {}) : [];
  if (!properties.length)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">The tool takes no parameters.</p>;
  const required = new Set(parsed.success ? (parsed.data.required ?? []) : []);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="input-schema">
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Parameter
            </th>
            <th scope="col" className="py-2 pr-4">
              Type
            </th>
            <th scope="col" className="py-2 pr-4">
              Required
            </th>
            <th scope="col" className="py-2">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, raw]) => {
            const property = PropertySchema.safeParse(raw);
            const value = property.success ? property.data : {};
            return (
              <tr key={name} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                <td className="py-2 pr-4 font-mono">{name}</td>
                <td className="py-2 pr-4 font-mono text-xs">{typeLabel(value)}</td>
                <td className="py-2 pr-4">{required.has(name) ? "yes" : "no"}</td>
                <td className="py-2 whitespace-pre-wrap">
                  {value.description ?? ""}
                  {value.enum ? (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      One of: {value.enum.map((option) => JSON.stringify(option)).join(", ")}
                    </span>
                  ) : null}
                  {value.default !== undefined ? (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      Default: {JSON.stringify(value.default)}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
