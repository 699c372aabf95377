import { type Category, categoryRank } from "@/lib/taxonomy";
import { type CategoryDecision, categoryFromNameAndActions, readVerb } from "./category";
import { evidence, type ToolSignals } from "./signals";

const QUERY_VERBS = new Set(["query", "run", "execute", "exec", "write", "perform"]);
const SQL_EXEC_VERBS = new Set(["run", "execute", "exec", "write", "apply"]);
const SCHEDULING_VERBS = new Set(["create", "add", "schedule", "set", "update", "register"]);

/**
 * The category of a tool: the name's verb (or the operations its schema offers), else the
 * description's opening verb; then the schema and phrases that make a call worse than its verb.
 */
export function decideCategory(s: ToolSignals): CategoryDecision {
  const decision = categoryFromNameAndActions(s) ?? categoryFromDescription(s) ?? nothingFound(s);
  escalate(s, decision);
  return decision;
}

function categoryFromDescription(s: ToolSignals): CategoryDecision | undefined {
  const lead = s.leadVerb;
  if (!lead) return undefined;
  const reading = readVerb(lead.lemma, lead.sense, s.name.objects, s);
  return {
    category: reading.category,
    confidence: 0.6,
    evidence: [
      evidence(
        "description",
        "description",
        lead.words,
        `${reading.category}: it opens with "${lead.lemma}", which ${reading.why}`,
      ),
    ],
    weak: true,
  };
}

function nothingFound(s: ToolSignals): CategoryDecision {
  return {
    category: "Read",
    confidence: 0.3,
    evidence: [
      evidence(
        "name",
        "name",
        s.tool.name,
        "no action word found in the name, schema or description; taken as a lookup",
      ),
    ],
    weak: true,
  };
}

/** Raises the category when the schema or description shows a call can do worse than its verb says. */
function escalate(s: ToolSignals, d: CategoryDecision): void {
  const primaryVerb = s.name.verbs[0]?.word ?? s.leadVerb?.lemma;
  const raise = (category: Category, item: ReturnType<typeof evidence>) => {
    if (categoryRank(category) < categoryRank(d.category)) {
      d.category = category;
      d.evidence.push(item);
    }
  };

  if (s.deleteFlag)
    raise(
      "Destructive",
      evidence(
        "inputSchema",
        s.deleteFlag.path,
        s.deleteFlag.name,
        `Destructive: the "${s.deleteFlag.name}" flag makes a call delete`,
      ),
    );

  const sqlLike = isSqlExecutor(s);
  if (sqlLike) {
    const writeCapable =
      !s.phrase.readOnly && (s.phrase.sqlWrite !== undefined || SQL_EXEC_VERBS.has(primaryVerb ?? ""));
    if (
      writeCapable &&
      (d.category === "Write" || (d.category === "Read" && QUERY_VERBS.has(primaryVerb ?? "")) || d.weak)
    ) {
      d.category = "Execute";
      d.evidence.push(
        evidence(
          "description",
          "description",
          s.phrase.sqlWrite ?? sqlLike,
          "Execute: runs SQL that can write, not limited to reads",
        ),
      );
    } else if (s.phrase.readOnly && d.category === "Execute") {
      d.category = "Read";
      d.evidence.push(evidence("description", "description", s.phrase.readOnly, "Read: the SQL it runs is read-only"));
    }
  }

  const code = s.codeParam;
  // "code" is too often a discount or country code to count here; a required command is the point of the call.
  const codeRuns = code?.required && /^(?:command|commands|cmd|shell|script)$/i.test(code.name);
  if (codeRuns && (d.weak || (d.category === "Write" && SCHEDULING_VERBS.has(primaryVerb ?? ""))))
    raise("Execute", evidence("inputSchema", code.path, code.name, `Execute: takes a "${code.name}" to run`));
  if (s.phrase.shell && (d.weak || s.name.verbs.length === 0))
    raise("Execute", evidence("description", "description", s.phrase.shell, "Execute: runs commands or code"));
  if (s.manifestParam && d.category === "Write" && (primaryVerb === "create" || primaryVerb === "update"))
    raise(
      "Execute",
      evidence(
        "inputSchema",
        s.manifestParam.path,
        s.manifestParam.name,
        "Execute: applies a manifest that starts workloads",
      ),
    );
  if (s.phrase.executeEffect && d.category === "Write")
    raise(
      "Execute",
      evidence(
        "description",
        "description",
        s.phrase.executeEffect,
        "Execute: the change is rolled out as an operation",
      ),
    );
  if (s.phrase.httpWrite)
    raise("Execute", evidence("description", "description", s.phrase.httpWrite, "Execute: sends an HTTP request"));
}

/** A tool that takes SQL as an argument: a "sql" parameter, or a query parameter of a tool that speaks of SQL. */
function isSqlExecutor(s: ToolSignals): string | undefined {
  const param = s.sqlParam;
  if (!param) return s.name.objects.includes("sql") ? "sql" : undefined;
  if (/^sql$/i.test(param.name)) return param.name;
  return s.phrase.sqlMention ?? (s.phrase.sqlWrite && s.phrase.sqlWrite.length <= 8 ? s.phrase.sqlWrite : undefined);
}
