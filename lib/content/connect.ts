import { z } from "zod";

/** The parts of a server.json entry that say how to start or reach the server. */
const EntrySchema = z.looseObject({
  packages: z
    .array(
      z.looseObject({
        registryType: z.string(),
        identifier: z.string(),
        version: z.string().optional(),
        packageArguments: z
          .array(z.looseObject({ value: z.string().optional(), name: z.string().optional() }))
          .optional(),
        environmentVariables: z
          .array(
            z.looseObject({ name: z.string(), isSecret: z.boolean().optional(), description: z.string().optional() }),
          )
          .optional(),
      }),
    )
    .optional(),
});

export type ConnectInfo = {
  command?: { command: string; args: string[] };
  url?: string;
  transport: string;
  environment: { name: string; secret: boolean }[];
  clientConfig: string;
};

const RUNNERS: Record<string, (identifier: string, version?: string) => { command: string; args: string[] }> = {
  npm: (id, version) => ({ command: "npx", args: ["-y", version ? `${id}@${version}` : id] }),
  pypi: (id, version) => ({ command: "uvx", args: [version ? `${id}==${version}` : id] }),
  oci: (id, version) => ({ command: "docker", args: ["run", "-i", "--rm", version ? `${id}:${version}` : id] }),
};

/** How to install or connect to a server, from the facts the crawl recorded. */
export function connectInfo(server: {
  slug: string;
  packageRegistry: string | null;
  packageName: string | null;
  packageVersion: string | null;
  remoteUrl: string | null;
  transport: string | null;
  entry: unknown;
}): ConnectInfo | null {
  const entry = EntrySchema.safeParse(server.entry ?? {});
  const pkg = entry.success ? entry.data.packages?.[0] : undefined;
  const environment = (pkg?.environmentVariables ?? []).map((variable) => ({
    name: variable.name,
    secret: variable.isSecret ?? false,
  }));
  const env = Object.fromEntries(environment.map((variable) => [variable.name, `<${variable.name}>`]));
  const envPart = environment.length ? { env } : {};
  if (server.remoteUrl && server.transport !== "stdio") {
    const config = {
      mcpServers: { [server.slug]: { type: server.transport === "sse" ? "sse" : "http", url: server.remoteUrl } },
    };
    return {
      url: server.remoteUrl,
      transport: server.transport ?? "streamable-http",
      environment,
      clientConfig: JSON.stringify(config, null, 2),
    };
  }
  const runner = server.packageRegistry ? RUNNERS[server.packageRegistry] : undefined;
  if (!runner || !server.packageName) return null;
  const command = runner(server.packageName, server.packageVersion ?? undefined);
  // Arguments recorded with ${WORKDIR} placeholders were the crawler's scratch folders: show a hint instead.
  const extra = (pkg?.packageArguments ?? [])
    .map((arg) => arg.value)
    .filter((value): value is string => Boolean(value))
    .map((value) => value.replace(/\$\{WORKDIR\}/g, "<folder>"));
  command.args.push(...extra);
  const config = { mcpServers: { [server.slug]: { command: command.command, args: command.args, ...envPart } } };
  return { command, transport: "stdio", environment, clientConfig: JSON.stringify(config, null, 2) };
}
