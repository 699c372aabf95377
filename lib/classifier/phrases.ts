/**
 * Phrases read from descriptions and titles. Compiled once; matched against at most the first
 * TEXT_LIMIT characters, since what a tool does is said at the start.
 */
export const TEXT_LIMIT = 1500;

export const READ_ONLY_STATEMENT =
  /\bread[- ]?only\b|\bselect[- ]only\b|\bonly (?:run |execute |allows? )?select\b|\bexecute a select\b|\bselect (?:queries|query|statements?) only\b/i;
/** Upper-case on purpose: SQL keywords, not the English words "update" or "delete". */
export const SQL_WRITE_KEYWORDS = /\b(?:INSERT|UPDATE|DELETE|DROP|ALTER|TRUNCATE|DDL|DML)\b/;
export const SQL_WRITE_PHRASE =
  /\b(?:raw|arbitrary|any) sql\b|\bsql (?:statements?|transaction|migrations?)\b|\bexecut\w* (?:raw |a |the )?sql\b|\bsql quer(?:y|ies) against\b/i;
export const SQL_MENTION = /\bsql\b(?!-like)/i;
export const MODEL_OUTPUT = /\bchat[- ]completions?\b|\bcompletions? (?:api|model)s?\b|\binference\b/i;
export const SHELL_TEXT =
  /\b(?:shell|terminal|bash|powershell|command[- ]line|kubectl|gcloud|cli)\s+(?:commands?|operations?|scripts?)\b|\bexecutes? (?:a |any |arbitrary )?(?:commands?|scripts?)\b|\barbitrary (?:code|commands?|javascript|scripts?)\b/i;
export const PAGE_CONTEXT = /\b(?:browser|web page|page|console|iframe|sandbox(?:ed)?)\b/i;
export const HOST_CONTEXT = /\bserver process\b|\bhost\b|\bunsafe\b|\brce\b|\bcontainer\b|\bpod\b|\bproduction\b/i;
/** "sends", but not "without sending" (a draft) or "does not send". */
export const SEND_WORD = /(?<!\b(?:without|not|never|no)\s)\bsend(?:s|ing)?\b/i;
export const BULK_TEXT =
  /\b(?:in bulk|bulk|batch|many \w+(?: \w+)? at once|all \w+ at once|across (?:multiple|many|all) \w+)\b/i;
export const SMART_CONTRACT = /\bsmart contracts?\b|\bstate-changing function\b/i;
/** Effects that make a data edit an operation: deploying, recreating containers, running DDL. */
export const EXECUTE_EFFECT =
  /\bto production\b|\b(?:re)?deploy(?:s|ing|ment)?\b|\brecreat\w* (?:the )?containers?\b|\bexecut\w* (?:\w+ ){0,2}(?:ddl|sql|twiml|statements)\b/i;
export const HTTP_WRITE = /\bHTTP (?:POST|PUT|PATCH) request\b/;
export const IRREVERSIBLE = /\bcannot be undone\b|\birreversibl[ey]\b|\bpermanently\b/i;
export const CREDENTIAL_MENTION =
  /\b(?:connection strings?|passwords?|api keys?|secrets?|credentials|private keys?|access keys?|access tokens?)\b/i;

const SECRET_WORDS =
  "secrets?|\\w*secretkey|secret keys?|access keys?|api keys?|private keys?|passwords?|credentials|(?:access|auth|api|bearer|refresh|session) tokens?|connection strings?|environment variables|env vars|sign-on links?|login links?|magic links?|cookies";
/** "returns ... access keys", "the endpointSecretKey is returned". */
export const SECRET_RETURNED = new RegExp(
  `\\b(?:returns?|returning|includ(?:es|ing)|reveal(?:s|ing)?|expos(?:es|ing)|retriev(?:es?|ing)|contains?|outputs?|prints?|shows?|lists?|gets?)\\b[^.]{0,100}?\\b(?:${SECRET_WORDS})\\b|\\b(?:${SECRET_WORDS})\\b[^.]{0,40}\\b(?:is|are) returned\\b`,
  "i",
);
export const SECRET_MASKED = /\b(?:masked|redacted|never returned|not returned|omitted|hidden|not passwords)\b/i;

/**
 * Filler that precedes the first real verb of a description ("This tool will create..."), including
 * instructions to the model ("ALWAYS call when..."), which say when to use a tool, not what it does.
 */
export const LEAD_FILLER: ReadonlySet<string> = new Set(
  `this tool will can you use to the a an allows lets helps used for please always must should be it that is
   purpose 1 i we our easily quickly simply directly also call invoke`
    .trim()
    .split(/\s+/),
);
