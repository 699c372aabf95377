import type { Category } from "@/lib/taxonomy";

/**
 * Word lists the rules are built from. They name kinds of action and kinds of object, never
 * particular tools or servers, so that they carry over to servers the rules have not seen.
 */

export type VerbSense = {
  category: Category;
  /** Also a common noun ("route", "deploy", "run"): a plain verb elsewhere in the name wins. */
  ambiguous: boolean;
};

function senses(category: Category, words: string, ambiguous = false): [string, VerbSense][] {
  return words
    .trim()
    .split(/\s+/)
    .map((word) => [word, { category, ambiguous }]);
}

export const VERBS: ReadonlyMap<string, VerbSense> = new Map([
  ...senses(
    "Read",
    `get list search find fetch read describe show retrieve query check verify validate explain inspect count
     lookup resolve detect translate generate preview download analyze analyse calculate convert geocode
     wait ping echo whoami view compare summarize summarise estimate diff lint parse poll scan scrape crawl extract
     sample learn ask answer think suggest recommend identify discover expect assert measure locate filter
     open peek tail demonstrate visualize visualise encode decode hash compress gzip zip unzip reader fetcher
     retrieve lookup load research help guide return render transcribe classify tokenize embed rank rerank
     predict forecast score solve reflect recall`,
  ),
  ...senses("Read", "export compute take select screenshot snapshot audit trace monitor watch log logs", true),
  ...senses(
    "Write",
    `create add update edit set modify patch rename move comment assign unassign archive unarchive close
     reopen disable enable toggle send reply mark fork upsert split save insert write register configure
     attach resize switch connect disconnect authenticate login logout subscribe unsubscribe invite unshare grant
     accept decline reject approve unpublish submit reschedule hide unhide annotate star unstar pin unpin follow
     unfollow duplicate copy clone replace change put transition reorder lock unlock mute unmute rate vote react
     like bookmark setup end finish finalize complete refresh sync activate deactivate updater writer editor creator
     confirm store provision allocate reserve rotate regenerate append prepend overwrite draft compose ban unban
     block unblock kick reassign stage unstage stash revert remember memorize notify broadcast tweet promote demote
     unset increment decrement rsvp respond`,
  ),
  ...senses(
    "Write",
    "post label tag upload merge push commit import publish share schedule note report route link manage checkout",
    true,
  ),
  ...senses(
    "Execute",
    `execute exec eval evaluate invoke call trigger redeploy start stop restart reboot pause resume unpause
     scale rollout rerun retry navigate click tap fill press hover drag scroll install upgrade reconnect launch
     spawn dispatch rebase restore migrate rollback boot perform executor runner apply suspend hibernate wake
     shutdown poweroff compile ssh enqueue`,
  ),
  ...senses("Execute", "run deploy build forward go mouse keyboard type handle dequeue", true),
  ...senses(
    "Destructive",
    `delete remove purge truncate destroy wipe erase clear revoke cancel abort kill terminate uninstall unlink
     detach unroute discard reset empty drop flush cleanup drain evict unsplit prune rm del deprovision unregister expunge
     trash obliterate void deleter remover forget shred nuke dispose decommission`,
  ),
  ...senses(
    "Financial",
    "pay charge refund payout transfer swap purchase buy sell trade withdraw deposit mint bid",
    true,
  ),
  ...senses("Financial", "stake unstake borrow lend donate reimburse disburse remit redeem"),
]);

/** Verbs whose meaning depends on being in a browser ("select an option", "drop a file"). */
export const BROWSER_VERBS: ReadonlyMap<string, Category> = new Map([
  ["select", "Execute"],
  ["upload", "Execute"],
  ["drop", "Execute"],
  ["type", "Execute"],
  ["go", "Execute"],
  ["handle", "Execute"],
  ["mouse", "Execute"],
  ["keyboard", "Execute"],
  ["press", "Execute"],
]);

/** Outside a browser these words are usually nouns ("resourceType", "handle"), so they are not verbs. */
export const BROWSER_ONLY_VERBS: ReadonlySet<string> = new Set(["type", "go", "handle", "mouse", "keyboard"]);

/** Words in sibling names that show the server drives a browser. */
export const BROWSER_MARKERS: ReadonlySet<string> = new Set([
  "navigate",
  "click",
  "hover",
  "browser",
  "puppeteer",
  "playwright",
  "page",
  "screenshot",
]);

/** Objects whose creation or change is a financial act (rubric: ledger entries, payment requests). */
export const FINANCIAL_NOUNS: ReadonlySet<string> = new Set(
  `invoice invoices bill bills payment payments refund refunds payout payouts subscription subscriptions deposit
   deposits expense expenses journal charge charges checkout dispute disputes transaction transactions purchase
   purchases trade trades swap swaps transfer transfers funds spending allowance erc20 payroll remittance wire
   credit credits receipt receipts eth btc usdc usdt sol lamports wei money cash`
    .trim()
    .split(/\s+/),
);

/** Financial nouns that stay financial under delete/void: accounting records, not subscriptions to events. */
export const LEDGER_NOUNS: ReadonlySet<string> = new Set(
  `invoice invoices bill bills payment payments journal deposit deposits expense expenses credit receipt receipts
   refund payout`
    .trim()
    .split(/\s+/),
);

/** A financial noun followed by one of these names something else ("payment provider", "transaction group"). */
export const NON_FINANCIAL_HEADS: ReadonlySet<string> = new Set(
  `group groups history report reports setting settings notification notifications provider providers category
   categories schema type types status method methods documentation docs simulation simulations`
    .trim()
    .split(/\s+/),
);

/** Write verbs that turn a financial noun into a financial act. */
export const FINANCIAL_ACT_VERBS: ReadonlySet<string> = new Set(
  `create add update edit modify finalize send issue activate apply submit record approve set upsert post
   void cancel delete remove pay place`
    .trim()
    .split(/\s+/),
);

/** Objects that mean a call changes who can get in: Write becomes High. */
export const ACCESS_NOUNS: ReadonlySet<string> = new Set(
  `permission permissions role roles access acl acls sharing credential credentials password passwords secret
   secrets key keys token tokens dsn auth authentication oauth security firewall dns nameserver nameservers ssl
   https tls certificate certificates privacy sso mfa 2fa ip whitelist allowlist blocklist api collaborator
   collaborators member members`
    .trim()
    .split(/\s+/),
);

/** Parameters that, when a call updates them, change access. */
export const ACCESS_PARAMS: ReadonlySet<string> = new Set(
  "password privacy permission permissions role roles visibility sharing access".split(" "),
);

/** Objects that are messages to people: sending them is communication (Write becomes High). */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  "message messages email emails mail sms text chat reply tweet dm invitation".split(" "),
);

/** Verbs that by themselves deliver something to other people. */
export const COMMUNICATION_VERBS: ReadonlySet<string> = new Set(
  "send post reply notify broadcast tweet forward email sms dm".split(" "),
);

/** Objects of "start/open/end/close" that are sessions: opening or closing them is Write. */
export const SESSION_NOUNS: ReadonlySet<string> = new Set(
  "session sessions connection connections recording codegen tab tabs browser context window".split(" "),
);

/** Objects that make "run/perform/create" an inspection, not an action. */
export const INSPECTION_NOUNS: ReadonlySet<string> = new Set(
  "audit audits report reports analysis debugger diagnostic diagnostics lint check checks preview export summary locator".split(
    " ",
  ),
);

/** Objects whose "clear" rebuilds itself: Write, not Destructive. */
export const CACHE_NOUNS: ReadonlySet<string> = new Set(["cache", "caches", "highlight", "highlights", "selection"]);

/** Objects of apply/complete/run that are deployments of change rather than data edits. */
export const DEPLOYMENT_NOUNS: ReadonlySet<string> = new Set(
  "migration migrations manifest manifests terraform chart release".split(" "),
);

/** Objects that are runs of work: creating one starts it. */
export const RUN_NOUNS: ReadonlySet<string> = new Set(
  "run runs execution executions deployment deployments build builds rerun".split(" "),
);

/** Objects of "add/apply" that are discounts on a bill (Financial) when applied. */
export const DISCOUNT_NOUNS: ReadonlySet<string> = new Set(["discount", "discounts", "coupon", "coupons"]);

/** Read objects that hold secrets: a Read call returning them is Medium. */
export const SECRET_NOUNS: ReadonlySet<string> = new Set(
  `env secret secrets password passwords credential credentials dsn dsns cookie cookies localstorage
   sessionstorage`
    .trim()
    .split(/\s+/),
);

/** Qualifiers that make "key(s)" or "token(s)" a credential rather than a map key or a crypto token. */
export const SECRET_KEY_QUALIFIERS: ReadonlySet<string> = new Set(
  "api access publishable secret private signing ssh client anon service encryption deploy license auth bearer refresh session connection".split(
    " ",
  ),
);

/** Noise in names: versions, "api", "mcp", "tool". */
export const NAME_NOISE = /^(?:v\d+|\d+|api|mcp|tool|tools|a|an|the)$/;

/** Parameter names that carry an operation to perform. */
export const ACTION_PARAMS = /^(?:action|actions|operation|operations|op|sub_?command|method|command|mode|verb|task)$/i;

/** Parameter names that carry code or a command to run. */
export const CODE_PARAMS = /^(?:command|commands|cmd|shell|script|code|sql|statement|statements|query_string)$/i;

/** Boolean flags that make a call delete ("prune", "purge", "delete_items"). */
export const DELETE_FLAG =
  /^(?:[Pp]rune|[Tt]runcate|[Pp]urge|[Ww]ipe|[Dd]estroy|[Ff]orce_?[Pp]ush|[Dd]elete|[Rr]emove_?[Aa]ll|[Dd]rop)(?:[_A-Z]\w*)?$/;
/** Deleting a merged source branch loses no work: routine clean-up, not a destructive option. */
export const ROUTINE_DELETE_FLAG = /branch/i;
