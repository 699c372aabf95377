import type { Category } from "@/lib/taxonomy";
import type { ServerContext, ToolDefinition } from "@/lib/tool-definition";
import { ACTION_PARAMS, CODE_PARAMS, DELETE_FLAG, ROUTINE_DELETE_FLAG, type VerbSense } from "./lexicon";
import { analyseName, type NameAnalysis } from "./name-analysis";
import * as P from "./phrases";
import type { Evidence } from "./schema";
import { type SchemaParam, schemaParams } from "./schema-walk";
import { type ServerProfile, serverProfile } from "./server-profile";
import { proseVerb, verbSense } from "./verbs";
import { firstSentences, splitIdentifier, textWords } from "./words";

/** One action an `action`/`operation` parameter offers, read as a verb. */
export type ActionOption = { param: SchemaParam; value: string; verb: string; sense: VerbSense; objects: string[] };

/** Everything the rules look at, read once from a tool's definition and its server. */
export type ToolSignals = {
  tool: ToolDefinition;
  profile: ServerProfile;
  name: NameAnalysis;
  params: SchemaParam[];
  /** Start of the description (and title), where a tool says what it does. */
  text: string;
  lead: string;
  leadVerb: { lemma: string; sense: VerbSense; words: string } | undefined;
  actionOptions: ActionOption[];
  /** Nouns from enum values of "*type" parameters: what a generic tool acts on. */
  typeNouns: string[];
  deleteFlag: SchemaParam | undefined;
  codeParam: SchemaParam | undefined;
  sqlParam: SchemaParam | undefined;
  manifestParam: SchemaParam | undefined;
  accessParam: SchemaParam | undefined;
  revealParam: SchemaParam | undefined;
  bulkParam: SchemaParam | undefined;
  /** Matched words of each phrase, or undefined. */
  phrase: {
    readOnly?: string;
    sqlWrite?: string;
    sqlMention?: string;
    modelOutput?: string;
    shell?: string;
    page?: string;
    host?: string;
    send?: string;
    bulk?: string;
    smartContract?: string;
    httpWrite?: string;
    executeEffect?: string;
    irreversible?: string;
    credential?: string;
    secretReturned?: string;
    secretMasked?: string;
  };
};

export function readSignals(tool: ToolDefinition, server: ServerContext): ToolSignals {
  const profile = serverProfile(server);
  const name = analyseName(tool.name, profile);
  const params = schemaParams(tool.inputSchema);
  // Some descriptions are wrapped in pseudo-XML (<use_case>...): the tags are not words.
  const description = (tool.description ?? "").slice(0, P.TEXT_LIMIT).replace(MARKUP_TAG, " ");
  const text = tool.title ? `${tool.title}. ${description}` : description;
  const lead = firstSentences(description, 2);
  const leadSentence = firstSentences(description, 1);

  return {
    tool,
    profile,
    name,
    params,
    text,
    lead,
    leadVerb: findLeadVerb(description, profile.drivesBrowser),
    actionOptions: readActionOptions(params, profile.drivesBrowser),
    typeNouns: readTypeNouns(params),
    deleteFlag: params.find(
      (p) => isOption(p) && isBooleanish(p) && DELETE_FLAG.test(p.name) && !ROUTINE_DELETE_FLAG.test(p.name),
    ),
    codeParam: params.find((p) => CODE_PARAMS.test(p.name) && p.values.length === 0 && p.type !== "boolean"),
    sqlParam: params.find((p) => /^(?:sql|query|statement|statements)$/i.test(p.name) && p.values.length === 0),
    manifestParam: params.find((p) => /^(?:manifest|manifests|chart|compose|dockerfile)$/i.test(p.name)),
    accessParam: params.find((p) => isOption(p) && splitIdentifier(p.name).some((w) => ACCESS_PARAM_WORDS.has(w))),
    revealParam: params.find(
      (p) => isBooleanish(p) && /^(?:reveal|show_?secrets?|include_?secrets?|decrypt|unmask)/i.test(p.name),
    ),
    bulkParam: params.find((p) => isBooleanish(p) && /^all[_A-Z]/.test(p.name)),
    phrase: new LazyPhrases(text, lead, leadSentence, tool.name),
  };
}

const MARKUP_TAG = /<\/?[A-Za-z][\w-]*>/g;

const ACCESS_PARAM_WORDS: ReadonlySet<string> = new Set([
  "password",
  "privacy",
  "permission",
  "permissions",
  "role",
  "roles",
  "visibility",
  "sharing",
]);

type Phrases = ToolSignals["phrase"];

/**
 * Each phrase is matched only when a rule asks for it, and once: most tools never need most of them,
 * and the throughput target (tens of thousands of tools a second) leaves no room for waste.
 */
class LazyPhrases implements Phrases {
  private readonly found = new Map<keyof Phrases, string | null>();
  private readonly nameText: string;
  constructor(
    private readonly text: string,
    private readonly lead: string,
    private readonly leadSentence: string,
    toolName: string,
  ) {
    this.nameText = toolName.replace(/[-_]/g, " ");
  }
  private once(key: keyof Phrases, find: () => string | undefined): string | undefined {
    let value = this.found.get(key);
    if (value === undefined) {
      value = find() ?? null;
      this.found.set(key, value);
    }
    return value ?? undefined;
  }
  get readOnly() {
    return this.once("readOnly", () => match(P.READ_ONLY_STATEMENT, this.text));
  }
  get sqlWrite() {
    return this.once("sqlWrite", () => match(P.SQL_WRITE_KEYWORDS, this.text) ?? match(P.SQL_WRITE_PHRASE, this.text));
  }
  get sqlMention() {
    return this.once("sqlMention", () => match(P.SQL_MENTION, this.text));
  }
  get modelOutput() {
    return this.once("modelOutput", () => match(P.MODEL_OUTPUT, `${this.nameText} ${this.text}`));
  }
  get shell() {
    return this.once("shell", () => match(P.SHELL_TEXT, this.text));
  }
  get page() {
    return this.once("page", () => match(P.PAGE_CONTEXT, this.lead));
  }
  get host() {
    return this.once("host", () => match(P.HOST_CONTEXT, this.text));
  }
  get send() {
    return this.once("send", () => match(P.SEND_WORD, this.lead));
  }
  get bulk() {
    return this.once("bulk", () => match(P.BULK_TEXT, `${this.nameText}. ${this.lead}`));
  }
  get smartContract() {
    return this.once("smartContract", () => match(P.SMART_CONTRACT, this.lead));
  }
  get httpWrite() {
    return this.once("httpWrite", () => match(P.HTTP_WRITE, this.lead));
  }
  get executeEffect() {
    return this.once("executeEffect", () => match(P.EXECUTE_EFFECT, this.lead));
  }
  get irreversible() {
    return this.once("irreversible", () => match(P.IRREVERSIBLE, this.text));
  }
  get credential() {
    return this.once("credential", () => match(P.CREDENTIAL_MENTION, this.leadSentence));
  }
  get secretReturned() {
    return this.once("secretReturned", () => match(P.SECRET_RETURNED, this.text));
  }
  get secretMasked() {
    return this.once("secretMasked", () => match(P.SECRET_MASKED, this.text));
  }
}

function match(pattern: RegExp, text: string): string | undefined {
  return pattern.exec(text)?.[0];
}

/** A parameter of the call itself, not a field deep inside a record being sent. */
function isOption(param: SchemaParam): boolean {
  return param.depth <= 2;
}

function isBooleanish(param: SchemaParam): boolean {
  return param.type === "boolean" || param.type === undefined;
}

/** The first verb that opens one of the first sentences, past filler ("This tool will create..."). */
function findLeadVerb(description: string, drivesBrowser: boolean): ToolSignals["leadVerb"] {
  const sentences = firstSentences(description, 3).split(/(?<=[.!?:])\s+/, 4);
  for (const sentence of sentences) {
    const words = textWords(sentence);
    let i = 0;
    while (i < words.length && P.LEAD_FILLER.has(words[i] ?? "")) i++;
    const word = words[i];
    if (!word) continue;
    const verb = proseVerb(word, drivesBrowser);
    if (verb) return { ...verb, words: sentence.slice(0, 120) };
  }
  return undefined;
}

function readActionOptions(params: SchemaParam[], drivesBrowser: boolean): ActionOption[] {
  const options: ActionOption[] = [];
  for (const param of params) {
    if (param.values.length === 0 || !ACTION_PARAMS.test(param.name)) continue;
    for (const value of param.values) {
      const words = splitIdentifier(value);
      const index = words.findIndex((word) => verbSense(word, drivesBrowser) !== undefined);
      const verb = words[index];
      const sense = verb === undefined ? undefined : verbSense(verb, drivesBrowser);
      if (verb && sense) options.push({ param, value, verb, sense, objects: words.filter((_, i) => i !== index) });
    }
  }
  return options;
}

function readTypeNouns(params: SchemaParam[]): string[] {
  const nouns: string[] = [];
  for (const param of params) {
    if (param.values.length > 0 && /(?:^|_|[a-z])(?:type|Type|kind)$/.test(param.name)) {
      for (const value of param.values) nouns.push(...splitIdentifier(value));
    }
  }
  return nouns;
}

/** Evidence helper: the one place that spells the shape. */
export function evidence(source: Evidence["source"], path: string, text: string, signal: string): Evidence {
  return { source, path, text, signal };
}

export type CategoryVote = { category: Category; evidence: Evidence[] };
