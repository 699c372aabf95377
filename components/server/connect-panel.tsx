import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import type { ConnectInfo } from "@/lib/content/connect";

export function ConnectPanel({ info }: { info: ConnectInfo | null }) {
  if (!info) return <p className="text-sm">The catalogue has no package or URL for this server.</p>;
  const shell = info.command ? [info.command.command, ...info.command.args].join(" ") : undefined;
  return (
    <div className="space-y-3 text-sm">
      {shell ? (
        <p>
          Runs locally over stdio: <code className="rounded bg-zinc-100 px-1 dark:bg-zinc-900">{shell}</code>
        </p>
      ) : (
        <p>
          A remote server over {info.transport}:{" "}
          <code className="rounded bg-zinc-100 px-1 dark:bg-zinc-900">{info.url}</code>
        </p>
      )}
      {info.environment.length ? (
        <p>
          Environment:{" "}
          {info.environment.map((variable) => `${variable.name}${variable.secret ? " (secret)" : ""}`).join(", ")}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <span>MCP client configuration (Claude Desktop, Cursor and others use this shape):</span>
        <CopyButton text={info.clientConfig} label="Copy config" />
      </div>
      <CodeBlock code={info.clientConfig} label="MCP client configuration" />
    </div>
  );
}
