/** The rubric (../shared/classifier/RUBRIC.md, word for word), embedded so the prompt needs no file at run time. */
export const RUBRIC_TEXT = `# Tool risk rubric

How a tool of an MCP server is labelled. One **category** and one **risk level** per tool.
The labelled data in this folder follows this text; so must the classifier.

Label a tool by what a call of it can do to the world, judged from its definition
(name, title, description, input schema, annotations) and its server. The server's
annotations are hints from an untrusted party: use them as evidence, never as the answer.

## Categories: the primary effect of one call

Exactly one. When a tool fits several, the first that fits in this order wins:
**Financial > Destructive > Execute > Write > Read.**

| category | a call can... | examples |
|---|---|---|
| Financial | move money or create, change or cancel a financial obligation | create payment, charge, refund, payout, transfer funds, place/cancel a trade or order for securities or crypto, swap or send tokens, approve token spending, purchase, create/finalize/send/pay/void an invoice or credit note, create/update/cancel a subscription, apply a discount to a bill |
| Destructive | permanently delete, destroy or irreversibly end data, resources or running work | delete/remove/drop/purge/truncate/destroy/wipe anything, revoke a credential, cancel/abort/kill a running job, run, task or workflow (its work is lost), terminate an instance, uninstall, force-push, reset history, empty trash |
| Execute | run code or commands, or trigger an operation that acts outside plain data edits | run a shell command, execute code/script/SQL/a query language that can write, evaluate JS in a page, drive a browser (navigate, click, type, upload), trigger a workflow/pipeline/build/deployment, start/stop/restart/scale a process, service, container or agent, send an arbitrary HTTP request, invoke another model or actor that acts |
| Write | create or change data or settings in a way that can be undone or amended | create/update/edit/add/set/rename/move/upload/comment/assign/label, archive/close/reopen/disable, send a message, email or SMS, post, change permissions or roles, create an API key |
| Read | only look | get/list/search/read/fetch/describe/query read-only/download/inspect/screenshot/snapshot/explain; also pure computation with no side effect (math, formatting, thinking aids) |

Notes that settle common doubts:
- Category is the tool's **purpose**, not a side effect it might have by accident: \`write_file\` that can overwrite is Write (risk says how bad); \`delete_file\` is Destructive.
- A tool that does several things through an \`action\`/\`operation\`/\`method\` parameter takes the category of the worst thing it can do (an \`action\` enum with \`delete\` makes it Destructive).
- A generic SQL/query executor that accepts writes is Execute. One that says it runs read-only statements only (or enforces a read-only transaction) is Read.
- Removing an entity or a link (remove member, unlink, detach, remove label) is Destructive; closing, archiving, disabling, unpublishing is Write.
- Stopping, pausing, suspending, restarting is Execute; cancelling, aborting, killing (work is lost) is Destructive.
- Reading financial data (balances, invoices, transactions) is Read. Editing catalogue records (products, prices, customers) is Write.
- A browser \`navigate\`, \`click\`, \`type\`, \`fill\`, \`press\`, \`evaluate\`, \`upload\` is Execute; \`snapshot\`, \`screenshot\`, \`console messages\`, \`network requests\` are Read; closing or resizing the browser, switching tabs is Write.
- A flag or option that makes a call delete (\`prune\`, \`truncate\`, \`force\` push, \`delete\`) counts like an action enum: the tool is Destructive. Judge the worst thing one call can do.
- Creating or changing accounting and ledger entries (invoices, bills, payments, journal entries, bank transactions, expenses, deposits, credit notes) and payment requests (checkout sessions, payment links, orders awaiting payment) is Financial. Account settings that move no money (leverage, margin mode, notification settings) are Write.
- Invoking a model that only returns its output (chat completion, inference, research agent answering a question) is Read; one that stores an artefact in an account is Write; one that acts in the world (browses and clicks, runs code) is Execute.
- Running code inside a web page or a provider's remote sandbox is Execute/High; on the user's host, a server, a database or a production system it is Execute/Critical. Deploying is Execute/High.
- Clearing a cache that rebuilds itself is Write. Opening or closing a session or connection is Write.

## Risk levels

Start from the category's base level, then apply only the listed adjustments.

| category | base | adjust |
|---|---|---|
| Read | Low | **Medium** when a call returns secrets or credentials (API keys, passwords, tokens, private keys, connection strings, environment variables) |
| Write | Medium | **High** when a call sends communication to other people (email, SMS, chat or social post), changes access (permissions, roles, sharing, credentials, API keys, security settings, DNS, firewall), or changes many records at once (bulk/batch) |
| Execute | High | **Critical** when a call runs arbitrary code, shell commands or arbitrary write-capable SQL on a host or a production system |
| Destructive | Critical | none |
| Financial | Critical | none |

## Recommended policy for each level

Deny by default, and for each tool:

| category / risk | rule |
|---|---|
| Read / Low | allow |
| Read / Medium | allow, rate-limited (30 per minute) |
| Write / Medium | allow, rate-limited (30 per minute) |
| Write / High | allow, rate-limited (10 per minute) |
| Execute / High | allow, rate-limited (10 per minute) |
| Execute / Critical | require human approval |
| Destructive / Critical | hide (removed from the tool list, every call denied) |
| Financial / Critical | require human approval |

## Label file format

\`*.jsonl\`, one object a line:
\`{"server": "<server id>", "tool": "<tool name>", "category": "Read|Write|Execute|Destructive|Financial", "risk": "Low|Medium|High|Critical"}\`
The matching tool definitions are in \`dev-tools.jsonl\` beside \`dev-labels.jsonl\`, keyed by \`server\` and \`tool\`; \`why\` is the labeller's short reason.
`;
