import { parseArgs } from "node:util";
import { z } from "zod";
import { EXPORT_FORMATS, type ExportFormat, exportPolicy } from "@/lib/policy/exports";
import { type ClassifiedTool, ClassifiedToolSchema, recommendPolicy } from "@/lib/policy/generate";
import { parseJsonText } from "@/lib/policy/json-text";
import { describeDecision } from "@/lib/policy/rules";
import { type KnownTools, type PolicyProblem, validatePolicyText } from "@/lib/policy/validate";

/** What the CLI touches outside itself, so tests can run it in memory. */
export type CliIo = {
  readFile: (path: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current tool names of a catalogue server, or undefined when there is no such server. */
  loadServerTools: (slug: string) => Promise<string[] | undefined>;
};

export const USAGE = `Usage:
  npm run policy -- validate FILE [--tools NAMES.json | --server SLUG]
  npm run policy -- generate --input TOOLS.jsonl
  npm run policy -- export --format ${EXPORT_FORMATS.join("|")} FILE [--server-name NAME] [--tools NAMES.json]`;

/** An error the person running the command can fix; printed as one line, exit code 1. */
export class CliError extends Error {}

/** Runs one command; returns the exit code (0 ok, 1 problems found or bad input). */
export async function runPolicyCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "validate") return await validateCommand(rest, io);
    if (command === "generate") return generateCommand(rest, io);
    if (command === "export") return exportCommand(rest, io);
    io.stderr(`${USAGE}\n`);
    return command === undefined || command === "help" || command === "--help" ? 0 : 1;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`policy: ${error.message}\n`);
    return 1;
  }
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { tools: { type: "string" }, server: { type: "string" } });
  const file = onlyFile(positionals);
  if (values.tools && values.server) throw new CliError("give --tools or --server, not both");
  const knownTools = values.server
    ? await serverTools(values.server, io)
    : values.tools
      ? readNames(values.tools, io)
      : undefined;
  const text = read(file, io);
  if (knownTools && isMultiServerText(text)) {
    throw new CliError(
      "--tools and --server check a single-server policy; a multi-server policy is checked per server by validatePolicy's knownTools",
    );
  }
  const result = validatePolicyText(text, { knownTools });
  for (const problem of result.problems) io.stdout(`${file}: ${formatProblem(problem)}\n`);
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  io.stdout(`${file}: ${errors ? "invalid" : "valid"} (${plural(errors, "error")}, ${plural(warnings, "warning")})\n`);
  return errors ? 1 : 0;
}

function generateCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, { input: { type: "string" } });
  if (!values.input || positionals.length) throw new CliError("generate takes --input TOOLS.jsonl");
  const { text, conflicts } = recommendPolicy(readClassifiedTools(values.input, io));
  for (const { server, tool, decisions, kept } of conflicts) {
    const given = decisions.map(describeDecision).join("; ");
    io.stderr(
      `policy: ${server}/${tool} was given ${decisions.length} times (${given}); kept the stricter: ${describeDecision(kept)}\n`,
    );
  }
  io.stdout(text);
  return 0;
}

function exportCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    "server-name": { type: "string" },
    tools: { type: "string" },
  });
  const format = values.format;
  if (!isExportFormat(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const file = onlyFile(positionals);
  const validation = validatePolicyText(read(file, io));
  if (!validation.policy || !validation.valid) {
    for (const problem of validation.problems) io.stderr(`${file}: ${formatProblem(problem)}\n`);
    throw new CliError(`${file} is not a valid policy; run validate first`);
  }
  const knownTools = values.tools ? readNames(values.tools, io) : undefined;
  if (knownTools && validation.policy.servers) throw new CliError("--tools lists the tools of a single-server policy");
  const result = exportPolicy(validation.policy, format, { serverName: values["server-name"], knownTools });
  io.stdout(result.content);
  for (const note of result.notes) io.stderr(`note: ${note}\n`);
  return 0;
}

export function formatProblem(problem: PolicyProblem): string {
  return `${problem.severity} ${problem.path || "/"}: ${problem.message}`;
}

/** Lines of a classified-tools file (`{server, tool, category, risk}` per line; other keys ignored). */
export function parseClassifiedTools(text: string, file: string): ClassifiedTool[] {
  return text.split("\n").flatMap((line, index) => {
    if (!line.trim()) return [];
    const json = parseJsonText(line);
    if (!json.ok) throw new CliError(`${file}:${index + 1}:${json.error.column}: ${json.error.message}`);
    const tool = ClassifiedToolSchema.safeParse(json.value);
    if (!tool.success) {
      const issue = tool.error.issues[0];
      throw new CliError(`${file}:${index + 1}: ${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`);
    }
    return [tool.data];
  });
}

function readClassifiedTools(file: string, io: CliIo): ClassifiedTool[] {
  return parseClassifiedTools(read(file, io), file);
}

function readNames(file: string, io: CliIo): KnownTools {
  const json = parseJsonText(read(file, io));
  if (!json.ok) throw new CliError(`${file}:${json.error.line}:${json.error.column}: ${json.error.message}`);
  const names = z.array(z.string()).safeParse(json.value);
  if (!names.success) throw new CliError(`${file} must be a JSON array of tool names`);
  return names.data;
}

async function serverTools(slug: string, io: CliIo): Promise<string[]> {
  const names = await io.loadServerTools(slug);
  if (!names) throw new CliError(`the catalogue has no server "${slug}"`);
  return names;
}

function read(file: string, io: CliIo): string {
  try {
    return io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type Options = Record<string, { type: "string" }>;

function parse<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function onlyFile(positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(`expected one policy file\n${USAGE}`);
  return file;
}

function isExportFormat(format: string | undefined): format is ExportFormat {
  return EXPORT_FORMATS.some((known) => known === format);
}

function isMultiServerText(text: string): boolean {
  const parsed = parseJsonText(text);
  return parsed.ok && typeof parsed.value === "object" && parsed.value !== null && "servers" in parsed.value;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
