import type { Category, Risk } from "@/lib/taxonomy";
import { ACCESS_NOUNS, COMMUNICATION_VERBS, MESSAGE_NOUNS, SECRET_KEY_QUALIFIERS, SECRET_NOUNS } from "./lexicon";
import type { Evidence } from "./schema";
import { evidence, type ToolSignals } from "./signals";

export const BASE_RISK: Record<Category, Risk> = {
  Read: "Low",
  Write: "Medium",
  Execute: "High",
  Destructive: "Critical",
  Financial: "Critical",
};

export type RiskDecision = { risk: Risk; adjustment: Evidence | undefined };

/** The category's base level, raised only by the rubric's adjustment for that category. */
export function decideRisk(category: Category, s: ToolSignals): RiskDecision {
  const base = BASE_RISK[category];
  const adjustment =
    category === "Read"
      ? returnsSecrets(s)
      : category === "Write"
        ? (sendsCommunication(s) ?? changesAccess(s) ?? changesManyRecords(s))
        : category === "Execute"
          ? runsArbitraryCodeOnHost(s)
          : undefined;
  if (!adjustment) return { risk: base, adjustment: undefined };
  const raised: Record<Category, Risk> = {
    Read: "Medium",
    Write: "High",
    Execute: "Critical",
    Destructive: base,
    Financial: base,
  };
  return { risk: raised[category], adjustment };
}

const CREDENTIAL_WORDS = new Set(["key", "keys", "token", "tokens"]);

function returnsSecrets(s: ToolSignals): Evidence | undefined {
  const objects = s.name.objects;
  for (let i = 0; i < objects.length; i++) {
    const word = objects[i] ?? "";
    const qualified = CREDENTIAL_WORDS.has(word) && SECRET_KEY_QUALIFIERS.has(objects[i - 1] ?? "");
    const connectionString = word === "connection" && objects[i + 1] === "string";
    if (SECRET_NOUNS.has(word) || qualified || connectionString)
      return evidence("name", "name", s.tool.name, `Medium: returns secrets or credentials ("${word}")`);
  }
  if (s.revealParam)
    return evidence(
      "inputSchema",
      s.revealParam.path,
      s.revealParam.name,
      "Medium: an option reveals secrets in the result",
    );
  if (s.phrase.secretReturned && !s.phrase.secretMasked)
    return evidence(
      "description",
      "description",
      s.phrase.secretReturned,
      "Medium: the result includes secrets or credentials",
    );
  return undefined;
}

function sendsCommunication(s: ToolSignals): Evidence | undefined {
  const verb = s.name.verbs[0]?.word ?? s.leadVerb?.lemma ?? "";
  const messageObject = s.name.objects.find((word) => MESSAGE_NOUNS.has(word));
  const selfEvidentVerb = verb === "reply" || verb === "notify" || verb === "broadcast" || verb === "tweet";
  if ((COMMUNICATION_VERBS.has(verb) && messageObject) || selfEvidentVerb)
    return evidence("name", "name", s.tool.name, `High: "${verb}" delivers a message to other people`);
  if (messageObject && s.phrase.send)
    return evidence("description", "description", s.phrase.send, `High: sends a ${messageObject} to other people`);
  return undefined;
}

const CHANGING_VERBS = new Set(["update", "set", "modify", "edit", "change", "patch", "toggle", "enable", "disable"]);

function changesAccess(s: ToolSignals): Evidence | undefined {
  const objects = [...s.name.objects, ...s.actionOptions.flatMap((option) => option.objects)];
  const keyIsCredential = objects.some((word) => SECRET_KEY_QUALIFIERS.has(word) || word.endsWith("vault"));
  const accessWord = objects.find(
    (word) => ACCESS_NOUNS.has(word) && (keyIsCredential || (word !== "key" && word !== "keys")),
  );
  if (accessWord) return evidence("name", "name", s.tool.name, `High: changes access ("${accessWord}")`);
  if (s.name.verbs.some((verb) => verb.word === "authenticate" || verb.word === "login"))
    return evidence("name", "name", s.tool.name, "High: stores credentials");
  const verb = s.name.verbs[0]?.word ?? "";
  const param = s.accessParam;
  if (param && (CHANGING_VERBS.has(verb) || /password/i.test(param.name)))
    return evidence("inputSchema", param.path, param.name, `High: can change "${param.name}", which controls access`);
  if (s.phrase.credential)
    return evidence("description", "description", s.phrase.credential, "High: stores or changes credentials");
  return undefined;
}

function changesManyRecords(s: ToolSignals): Evidence | undefined {
  if (s.name.verbs.some((verb) => verb.word === "import"))
    return evidence("name", "name", s.tool.name, "High: an import changes many records at once");
  const bulkWord = s.name.objects.find((word) => BULK_WORDS.has(word));
  if (bulkWord) return evidence("name", "name", s.tool.name, `High: "${bulkWord}" changes many records at once`);
  if (s.phrase.bulk) return evidence("description", "description", s.phrase.bulk, "High: changes many records at once");
  if (s.bulkParam)
    return evidence("inputSchema", s.bulkParam.path, s.bulkParam.name, "High: one call can apply to all records");
  return undefined;
}

const BULK_WORDS = new Set(["many", "all", "bulk", "batch", "mass"]);
/** Verbs that run what they are given; deploying or installing code is Execute/High, not running it. */
const RUNNING_VERBS = new Set([
  "run",
  "execute",
  "exec",
  "eval",
  "evaluate",
  "invoke",
  "call",
  "launch",
  "spawn",
  "perform",
]);

const CODE_OBJECTS = new Set(["command", "commands", "shell", "script", "code", "sql", "terminal", "bash"]);

function runsArbitraryCodeOnHost(s: ToolSignals): Evidence | undefined {
  const inPageOnly = (s.profile.drivesBrowser && s.phrase.page && !s.phrase.host) || /\bsandbox/i.test(s.text);
  if (inPageOnly) return undefined;
  // The code must be the point of the call: a verb that runs, or a required command.
  const runsByVerb = s.name.verbs.some((verb) => RUNNING_VERBS.has(verb.word));
  if (s.codeParam && (runsByVerb || s.codeParam.required))
    return evidence(
      "inputSchema",
      s.codeParam.path,
      s.codeParam.name,
      `Critical: runs the "${s.codeParam.name}" it is given`,
    );
  if (s.sqlParam && !s.phrase.readOnly && (s.phrase.sqlMention || s.phrase.sqlWrite))
    return evidence("inputSchema", s.sqlParam.path, s.sqlParam.name, "Critical: runs write-capable SQL on a database");
  const codeObject = s.name.objects.find((word) => CODE_OBJECTS.has(word));
  if (codeObject) return evidence("name", "name", s.tool.name, `Critical: runs arbitrary ${codeObject}`);
  if (s.phrase.shell) return evidence("description", "description", s.phrase.shell, "Critical: runs commands or code");
  return undefined;
}
