import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { KeyValueInput } from "./server-json";

/** Scratch folders for one server: it sees these as HOME, TMPDIR and ${WORKDIR}, nothing of ours. */
export type Sandbox = { root: string; home: string; tmp: string; workDir: string; dispose: () => void };

export function createSandbox(parentDir: string, slug: string): Sandbox {
  const root = path.join(parentDir, `${slug}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const home = path.join(root, "home");
  const tmp = path.join(root, "tmp");
  const workDir = path.join(root, "work");
  for (const dir of [home, tmp, workDir]) mkdirSync(dir, { recursive: true });
  return { root, home, tmp, workDir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Stands for the server's scratch folder in arguments and variables of the server list. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is this literal text.
export const WORKDIR = "${WORKDIR}";

/** Variables an untrusted server inherits from us: enough to find programs and reach the npm registry. */
const PASSED_THROUGH = [
  "PATH",
  "LANG",
  "NODE_EXTRA_CA_CERTS",
  "SSL_CERT_FILE",
  // Where node-gyp finds Node's headers when npx builds a native module without a download.
  "npm_config_nodedir",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
];

/**
 * The whole environment of a crawled server. HOME is a scratch folder, so npm's default cache
 * (~/.npm) would move with it and npx would download every package again: npm_config_cache
 * points at the real cache instead. Required secrets the entry gives no value for get a dummy,
 * since servers usually check presence at start and only use secrets when a tool is called.
 */
export function sandboxEnvironment(
  sandbox: Sandbox,
  declared: KeyValueInput[],
  parentEnv: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of PASSED_THROUGH) {
    const value = parentEnv[key];
    if (value !== undefined && !value.startsWith("()")) env[key] = value;
  }
  Object.assign(env, {
    HOME: sandbox.home,
    TMPDIR: sandbox.tmp,
    TMP: sandbox.tmp,
    TEMP: sandbox.tmp,
    npm_config_cache: npmCacheDir(parentEnv),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_loglevel: "error",
    NO_COLOR: "1",
  });
  if (parentEnv.npm_config_registry) env.npm_config_registry = parentEnv.npm_config_registry;
  for (const variable of declared) {
    const value = variable.value ?? variable.default ?? (variable.isRequired ? dummyValue(variable) : undefined);
    if (value !== undefined) env[variable.name] = expandPlaceholders(value, sandbox);
  }
  return env;
}

export function npmCacheDir(parentEnv: NodeJS.ProcessEnv = process.env): string {
  return parentEnv.npm_config_cache || parentEnv.NPM_CONFIG_CACHE || path.join(os.homedir(), ".npm");
}

function dummyValue(variable: KeyValueInput): string {
  return variable.isSecret ? `toolrisk-dummy-${variable.name.toLowerCase()}` : "toolrisk-dummy";
}

/**
 * Replaces ${WORKDIR} with the server's scratch folder and makes the folders a path needs: the
 * path itself when it looks like a folder, its parent when it looks like a file (has an extension).
 */
export function expandPlaceholders(value: string, sandbox: Sandbox): string {
  if (!value.includes(WORKDIR)) return value;
  const expanded = value.replaceAll(WORKDIR, sandbox.workDir);
  const match = expanded.match(new RegExp(`${escapeRegExp(sandbox.workDir)}[^\\s"',;]*`));
  if (match) {
    const target = match[0];
    mkdirSync(path.extname(target) ? path.dirname(target) : target, { recursive: true });
    // Servers that insist on a credentials or config file get an empty JSON object to read.
    if (path.extname(target) === ".json" && !existsSync(target)) writeFileSync(target, "{}\n");
  }
  return expanded;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
