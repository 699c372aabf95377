import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CrawlError } from "./errors";
import { type Runtime, runtimeStatus } from "./runtimes";
import { expandPlaceholders, type Sandbox, sandboxEnvironment } from "./sandbox";
import type { Argument, KeyValueInput, Package, ServerJson } from "./server-json";

export type ProcessSpec = {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  /** Where the process group id is written, so a later crawler can kill what a dead one left. */
  pgidFile?: string;
};
export type HttpKind = "streamable-http" | "sse";

/** How to reach one server: a process on stdio, a process we start then call over HTTP, or a remote URL. */
export type LaunchPlan =
  | { kind: "stdio"; process: ProcessSpec }
  | { kind: "local-http"; process: ProcessSpec; url: string; transport: HttpKind }
  | { kind: "remote"; url: string; transport: HttpKind; headers: Record<string, string> };

export type LaunchOptions = {
  /** A folder where `npm install` put the servers' packages: run their bins instead of npx. */
  npmInstallDir?: string;
};

const RUNTIME_BY_REGISTRY: Record<string, Runtime> = { npm: "npx", pypi: "uvx", oci: "docker" };

/** The first package this machine can run, else the first remote; otherwise a skip with the reasons. */
export async function planLaunch(
  entry: ServerJson,
  sandbox: Sandbox,
  options: LaunchOptions = {},
): Promise<LaunchPlan> {
  const reasons: string[] = [];
  for (const pkg of entry.packages ?? []) {
    const runtime = RUNTIME_BY_REGISTRY[pkg.registryType];
    if (!runtime) {
      reasons.push(`${pkg.registryType} packages are not supported`);
      continue;
    }
    const installed = runtime === "npx" ? installedBin(pkg, options.npmInstallDir) : undefined;
    const status = installed ? { available: true as const } : await runtimeStatus(runtime);
    if (!status.available) {
      reasons.push(status.reason);
      continue;
    }
    const spec = packageProcess(pkg, runtime, sandbox, installed);
    if (pkg.transport.type === "stdio") return { kind: "stdio", process: spec };
    if (!pkg.transport.url) throw new CrawlError("INVALID_ENTRY", `${pkg.identifier}: an HTTP transport needs a url`);
    return { kind: "local-http", process: spec, url: pkg.transport.url, transport: pkg.transport.type };
  }
  const remote = entry.remotes?.[0];
  if (remote) return { kind: "remote", url: remote.url, transport: remote.type, headers: headerValues(remote.headers) };
  if (!reasons.length) throw new CrawlError("INVALID_ENTRY", "the entry has neither packages nor remotes");
  throw new CrawlError("SKIPPED_UNSUPPORTED", reasons.join("; "));
}

function packageProcess(pkg: Package, runtime: Runtime, sandbox: Sandbox, installed?: string): ProcessSpec {
  const env = sandboxEnvironment(sandbox, pkg.environmentVariables ?? []);
  const runtimeArgs = argumentValues(pkg.runtimeArguments ?? [], sandbox);
  const packageArgs = argumentValues(pkg.packageArguments ?? [], sandbox);
  const spec = { env, cwd: sandbox.workDir, pgidFile: path.join(sandbox.root, "pgid") };
  if (installed) return { ...spec, command: installed, args: packageArgs };
  const version = pkg.version;
  switch (runtime) {
    case "npx":
      return {
        ...spec,
        command: "npx",
        args: ["-y", ...runtimeArgs, version ? `${pkg.identifier}@${version}` : pkg.identifier, ...packageArgs],
      };
    case "uvx":
      return {
        ...spec,
        command: "uvx",
        args: [...runtimeArgs, version ? `${pkg.identifier}==${version}` : pkg.identifier, ...packageArgs],
      };
    case "docker": {
      // The container sees only the variables named here, with the values from `env`.
      const passEnv = (pkg.environmentVariables ?? []).flatMap((variable) => ["-e", variable.name]);
      const image = version && !pkg.identifier.includes(":") ? `${pkg.identifier}:${version}` : pkg.identifier;
      return {
        ...spec,
        command: "docker",
        args: ["run", "-i", "--rm", ...passEnv, ...runtimeArgs, image, ...packageArgs],
      };
    }
  }
}

function argumentValues(args: Argument[], sandbox: Sandbox): string[] {
  return args.flatMap((arg) => {
    const value = arg.value ?? arg.default ?? (arg.isRequired ? "toolrisk-dummy" : undefined);
    const expanded = value === undefined ? undefined : expandPlaceholders(value, sandbox);
    if (arg.type === "positional") return expanded === undefined ? [] : [expanded];
    return expanded === undefined ? [arg.name] : [arg.name, expanded];
  });
}

function headerValues(headers: KeyValueInput[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const header of headers) {
    const value = header.value ?? header.default ?? (header.isRequired ? "toolrisk-dummy" : undefined);
    if (value !== undefined) result[header.name] = value;
  }
  return result;
}

/**
 * The bin of an npm package installed (at the wanted version) in `dir`, chosen as npx would:
 * the only bin, or the one named like the package.
 */
function installedBin(pkg: Package, dir?: string): string | undefined {
  if (!dir) return undefined;
  const manifestFile = path.join(dir, "node_modules", pkg.identifier, "package.json");
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    version?: string;
    bin?: string | Record<string, string>;
  };
  if (pkg.version && manifest.version !== pkg.version) return undefined;
  const unscoped = pkg.identifier.split("/").pop() ?? pkg.identifier;
  const names = typeof manifest.bin === "string" ? [unscoped] : Object.keys(manifest.bin ?? {});
  const name = names.length === 1 ? names[0] : names.find((candidate) => candidate === unscoped);
  const bin = name && path.join(dir, "node_modules", ".bin", name);
  return bin && existsSync(bin) ? bin : undefined;
}
