/** One parameter found anywhere in an input schema, with its JSON path for the evidence. */
export type SchemaParam = {
  name: string;
  path: string;
  type: string | undefined;
  /** enum values, or the const of a branch ("operation": {"const": "deploy-site"}). */
  values: string[];
  description: string | undefined;
  required: boolean;
  /** How many objects deep: 1 for a top-level parameter, 2 inside one wrapper ("params": {...}). */
  depth: number;
};

const MAX_DEPTH = 6;
const MAX_PARAMS = 300;

/**
 * Lists the parameters of a schema, including nested objects ("params": {...}), array items and
 * anyOf/oneOf branches, since some servers wrap all their arguments in one object.
 */
export function schemaParams(schema: Record<string, unknown>): SchemaParam[] {
  const found: SchemaParam[] = [];
  walk(schema, "inputSchema", 0, 0, found);
  return found;
}

function walk(node: unknown, path: string, depth: number, objectDepth: number, found: SchemaParam[]): void {
  if (!isObject(node) || depth > MAX_DEPTH || found.length >= MAX_PARAMS) return;
  const properties = node.properties;
  const required = Array.isArray(node.required) ? node.required : [];
  if (isObject(properties)) {
    for (const name of Object.keys(properties)) {
      const child = properties[name];
      if (!isObject(child)) continue;
      const childPath = `${path}.properties.${name}`;
      found.push({
        name,
        path: childPath,
        type: typeof child.type === "string" ? child.type : undefined,
        values: enumValues(child),
        description: typeof child.description === "string" ? child.description : undefined,
        required: required.includes(name),
        depth: objectDepth + 1,
      });
      walk(child, childPath, depth + 1, objectDepth + 1, found);
    }
  }
  if (isObject(node.items)) walk(node.items, `${path}.items`, depth + 1, objectDepth, found);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    for (let i = 0; i < branches.length; i++) walk(branches[i], `${path}.${key}[${i}]`, depth + 1, objectDepth, found);
  }
}

function enumValues(node: Record<string, unknown>): string[] {
  const values: string[] = [];
  if (Array.isArray(node.enum)) for (const value of node.enum) if (typeof value === "string") values.push(value);
  if (typeof node.const === "string") values.push(node.const);
  if (isObject(node.items) && Array.isArray(node.items.enum)) {
    for (const value of node.items.enum) if (typeof value === "string") values.push(value);
  }
  return values;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
