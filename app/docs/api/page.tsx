import type { Metadata } from "next";
import { CodeBlock } from "@/components/ui/code-block";

export const metadata: Metadata = { title: "JSON API", alternates: { canonical: "/docs/api" } };

const endpoints = [
  { method: "GET", path: "/api/servers?page=1&perPage=50", what: "Servers, paginated (perPage at most 200)." },
  {
    method: "GET",
    path: "/api/servers/{server}",
    what: "One server with every current tool, tools no longer listed and counts per category.",
  },
  { method: "GET", path: "/api/servers/{server}/tools", what: "The tools of one server with their category and risk." },
  {
    method: "GET",
    path: "/api/servers/{server}/tools/{tool}",
    what: "One tool: definition, current classification (rationale, evidence, annotation findings) and definition history.",
  },
  {
    method: "GET",
    path: "/api/search?q=delete&category=Destructive&risk=Critical&server=filesystem&page=1",
    what: "Full-text search over tools (and servers on page 1); every filter is optional.",
  },
  {
    method: "GET",
    path: "/api/policy?servers=memory&tools=filesystem/write_file&format=policy",
    what: "The recommended policy for whole servers and single tools (server/tool), merged. format: policy, claude, codex, agentgateway, cedar.",
  },
  {
    method: "POST",
    path: "/api/policy",
    what: 'Same as GET with a JSON body {"servers": [...], "tools": [{"server", "tool"}], "format"}.',
  },
  {
    method: "POST",
    path: "/api/policy/validate",
    what: "Validates a policy.json body; answers every problem with its JSON path.",
  },
  {
    method: "POST",
    path: "/api/contact",
    what: 'Sends a message: {"name", "email", "message"}. At most 3 an hour per address.',
  },
];

const errorExample = `HTTP/1.1 400 Bad Request
{
  "error": "invalid_request",
  "message": "The request is not valid.",
  "issues": [{ "path": "perPage", "message": "Too big: expected number to be <=200" }]
}`;

export default function ApiDocsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">JSON API</h1>
      <p className="max-w-3xl">
        Everything on the site is available as JSON. No key is needed. Names in paths are the same as in page URLs;
        escape them with <code>encodeURIComponent</code>.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Request
              </th>
              <th scope="col" className="py-2">
                Answer
              </th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr
                key={`${endpoint.method} ${endpoint.path}`}
                className="border-b border-zinc-100 align-top dark:border-zinc-900"
              >
                <td className="py-2 pr-4 font-mono text-xs break-all">
                  {endpoint.method} {endpoint.path}
                </td>
                <td className="py-2">{endpoint.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="text-xl font-semibold">Errors</h2>
      <p>
        Errors are JSON with an <code>error</code> code and a <code>message</code>: 400 for a bad parameter or body
        (with each problem and its path), 404 for a server or tool not in the catalogue, 429 with{" "}
        <code>Retry-After</code> when rate-limited, 500 when something failed on our side.
      </p>
      <CodeBlock code={errorExample} label="An error answer" />
    </div>
  );
}
