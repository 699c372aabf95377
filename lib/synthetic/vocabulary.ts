import type { Category, Risk } from "@/lib/taxonomy";

/**
 * Words the synthetic catalogue is made of. Verbs carry the category a rules classifier would give
 * them, so generated classifications look like real ones; nouns are grouped by domain so a server's
 * tools belong together (an issue tracker has issues and labels, not invoices).
 */
export type Verb = { word: string; category: Category; risk: Risk; plural?: boolean };

export const VERBS: readonly Verb[] = [
  { word: "get", category: "Read", risk: "Low" },
  { word: "list", category: "Read", risk: "Low", plural: true },
  { word: "search", category: "Read", risk: "Low", plural: true },
  { word: "read", category: "Read", risk: "Low" },
  { word: "fetch", category: "Read", risk: "Low" },
  { word: "describe", category: "Read", risk: "Low" },
  { word: "count", category: "Read", risk: "Low", plural: true },
  { word: "find", category: "Read", risk: "Low", plural: true },
  { word: "export", category: "Read", risk: "Medium", plural: true },
  { word: "download", category: "Read", risk: "Medium" },
  { word: "create", category: "Write", risk: "Medium" },
  { word: "update", category: "Write", risk: "Medium" },
  { word: "add", category: "Write", risk: "Low" },
  { word: "edit", category: "Write", risk: "Medium" },
  { word: "rename", category: "Write", risk: "Medium" },
  { word: "upload", category: "Write", risk: "Medium" },
  { word: "send", category: "Write", risk: "High" },
  { word: "publish", category: "Write", risk: "High" },
  { word: "assign", category: "Write", risk: "Low" },
  { word: "move", category: "Write", risk: "Medium" },
  { word: "run", category: "Execute", risk: "High" },
  { word: "execute", category: "Execute", risk: "High" },
  { word: "trigger", category: "Execute", risk: "High" },
  { word: "deploy", category: "Execute", risk: "High" },
  { word: "restart", category: "Execute", risk: "Medium" },
  { word: "invoke", category: "Execute", risk: "High" },
  { word: "delete", category: "Destructive", risk: "High" },
  { word: "remove", category: "Destructive", risk: "High" },
  { word: "drop", category: "Destructive", risk: "Critical" },
  { word: "purge", category: "Destructive", risk: "Critical" },
  { word: "revoke", category: "Destructive", risk: "High" },
  { word: "terminate", category: "Destructive", risk: "High" },
  { word: "pay", category: "Financial", risk: "Critical" },
  { word: "refund", category: "Financial", risk: "High" },
  { word: "charge", category: "Financial", risk: "Critical" },
  { word: "transfer", category: "Financial", risk: "Critical" },
  { word: "purchase", category: "Financial", risk: "High" },
];

/** How often each category appears among real MCP tools (roughly): most tools only read. */
export const CATEGORY_WEIGHTS: readonly (readonly [Category, number])[] = [
  ["Read", 0.5],
  ["Write", 0.26],
  ["Destructive", 0.12],
  ["Execute", 0.08],
  ["Financial", 0.04],
];

/** `financial`: only payment-like domains have tools that move money. */
export type Domain = { name: string; products: readonly string[]; nouns: readonly string[]; financial?: boolean };

export const DOMAINS: readonly Domain[] = [
  {
    name: "code hosting",
    products: ["git", "repo", "code", "forge"],
    nouns: [
      "issue",
      "repository",
      "pull_request",
      "branch",
      "commit",
      "label",
      "release",
      "milestone",
      "comment",
      "webhook",
    ],
  },
  {
    name: "file storage",
    products: ["drive", "files", "storage", "vault"],
    nouns: ["file", "folder", "directory", "bucket", "object", "share_link", "permission", "snapshot"],
  },
  {
    name: "messaging",
    products: ["chat", "mail", "inbox", "notify"],
    nouns: ["message", "channel", "email", "thread", "contact", "attachment", "reaction", "draft"],
  },
  {
    name: "cloud infrastructure",
    products: ["cloud", "infra", "kube", "compute"],
    nouns: [
      "instance",
      "cluster",
      "pod",
      "deployment",
      "volume",
      "secret",
      "namespace",
      "container",
      "function",
      "dns_record",
    ],
  },
  {
    name: "databases",
    products: ["sql", "db", "warehouse", "data"],
    nouns: ["table", "row", "record", "query", "schema", "index", "collection", "backup", "view"],
  },
  {
    name: "payments",
    products: ["pay", "billing", "checkout", "ledger"],
    nouns: ["payment", "invoice", "customer", "subscription", "charge", "payout", "balance", "price", "coupon"],
    financial: true,
  },
  {
    name: "project management",
    products: ["tasks", "board", "planner", "tracker"],
    nouns: ["task", "project", "sprint", "ticket", "epic", "board", "status", "note", "attachment"],
  },
  {
    name: "observability",
    products: ["logs", "metrics", "monitor", "trace"],
    nouns: ["alert", "incident", "log", "metric", "dashboard", "monitor", "trace", "event"],
  },
  {
    name: "commerce",
    products: ["shop", "store", "cart", "market"],
    nouns: ["order", "product", "inventory_item", "shipment", "cart", "review", "discount", "customer"],
    financial: true,
  },
  {
    name: "documents",
    products: ["docs", "wiki", "notes", "sheets"],
    nouns: ["document", "page", "spreadsheet", "cell", "template", "comment", "block", "workspace"],
  },
  {
    name: "CI/CD",
    products: ["ci", "pipeline", "build", "actions"],
    nouns: ["pipeline", "job", "workflow", "artifact", "runner", "build", "environment", "variable"],
  },
  {
    name: "identity",
    products: ["auth", "identity", "sso", "iam"],
    nouns: ["user", "group", "role", "api_key", "token", "session", "policy", "member"],
  },
];

/** Nouns whose exposure or loss is worse than usual: they raise a tool's risk by one level. */
export const SENSITIVE_NOUNS: ReadonlySet<string> = new Set([
  "secret",
  "api_key",
  "token",
  "session",
  "customer",
  "payment",
  "balance",
  "backup",
  "cluster",
  "repository",
  "table",
  "database",
  "email",
  "user",
  "role",
  "policy",
  "bucket",
  "payout",
]);

export const OWNERS: readonly string[] = [
  "acme",
  "globex",
  "initech",
  "umbrella",
  "hooli",
  "stark",
  "wayne",
  "wonka",
  "tyrell",
  "cyberdyne",
  "soylent",
  "aperture",
  "vandelay",
  "gringotts",
  "oscorp",
  "massive",
  "piedpiper",
  "dunder",
  "monarch",
  "prestige",
  "nakatomi",
  "virtucon",
  "zorg",
  "bluth",
  "kramerica",
  "sterling",
  "wolfram",
  "octan",
];

export const ADJECTIVES: readonly string[] = [
  "fast",
  "simple",
  "open",
  "smart",
  "lite",
  "pro",
  "secure",
  "tiny",
  "super",
  "hyper",
  "micro",
  "neo",
];

export const SCOPES: readonly string[] = ["read", "write", "admin", "owner", "billing", "repo", "workspace"];
