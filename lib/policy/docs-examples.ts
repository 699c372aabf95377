import { formatPolicy } from "@/lib/policy/format";
import type { Policy } from "@/lib/policy/schema";

/** A policy shown on /docs/policy. Tests check that each validates and means what it says. */
export type DocExample = { id: string; title: string; explanation: string; policy: Policy; text: string };

function example(id: string, title: string, explanation: string, policy: Policy): DocExample {
  return { id, title, explanation, policy, text: formatPolicy(policy) };
}

const rate = (tool: string, max: number) => ({
  limits: [{ counter: `${tool}_rate`, window: "minute" as const, max, scope: "grant" as const }],
});

export const DOC_EXAMPLES = {
  rateLimited: example(
    "rate-limited",
    "Allow one tool, rate-capped",
    "workflow_stop_agent stays usable, at most 10 calls in any minute per grant. Every other tool of the server is denied: the policy does not list it and the default is deny.",
    { version: "1", default: "deny", tools: { workflow_stop_agent: rate("workflow_stop_agent", 10) } },
  ),
  hidden: example(
    "hidden",
    "Hide a destructive tool",
    "cancel_job is removed from the agent's tool list and every call of it is denied. On its own this policy allows nothing else; merge it into the server's policy (the generator does) to keep the rest of the server working.",
    { version: "1", default: "deny", hide: ["cancel_job"] },
  ),
  server: example(
    "server",
    "A whole server, as recommended",
    "The rubric's rule for each tool: read freely, write at a capped rate, ask a person before running commands, hide deletion.",
    {
      version: "1",
      default: "deny",
      hide: ["delete_file"],
      tools: {
        read_file: {},
        run_command: { approval: "required" },
        write_file: rate("write_file", 30),
      },
    },
  ),
  conditions: example(
    "conditions",
    "Argument conditions",
    "read_file may read only under /srv/data (after resolving ..), and query only runs statements that start with SELECT, up to 2,000 characters. A call that fails a condition is denied with its message.",
    {
      version: "1",
      default: "deny",
      tools: {
        read_file: {
          conditions: [
            {
              argument: "path",
              must: { pathWithin: "/srv/data" },
              message: "read_file may only read files under /srv/data",
            },
          ],
        },
        query: {
          conditions: [
            { argument: "sql", must: { match: "(SELECT|select)\\b[\\s\\S]*" }, message: "only SELECT statements" },
            { argument: "sql", must: { maxLength: 2000 }, message: "statements are limited to 2,000 characters" },
          ],
          limits: [{ counter: "query_rate", window: "minute", max: 30, scope: "session" }],
        },
      },
    },
  ),
  shared: example(
    "shared-counter",
    "One budget for several tools, and a cap on everything",
    "create_issue and add_comment share the counter writes: together at most 20 per hour per grant. all_tools caps every allowed call of the server at 120 per minute for all callers together.",
    {
      version: "1",
      default: "deny",
      tools: {
        add_comment: { limits: [{ counter: "writes", window: "hour", max: 20, scope: "grant" }] },
        create_issue: { limits: [{ counter: "writes", window: "hour", max: 20, scope: "grant" }] },
        search_issues: {},
      },
      all_tools: { limits: [{ counter: "everything", window: "minute", max: 120, scope: "global" }] },
    },
  ),
  multiServer: example(
    "multi-server",
    "Several servers in one policy",
    "Each server keeps its own hide and tools under servers. default and the top-level all_tools apply to every server.",
    {
      version: "1",
      default: "deny",
      servers: {
        github: { hide: ["delete_repository"], tools: { search_code: {} } },
        stripe: { tools: { create_refund: { approval: "required" }, list_charges: {} } },
      },
    },
  ),
} as const satisfies Record<string, DocExample>;
