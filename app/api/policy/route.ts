import { z } from "zod";
import { ApiError, apiRoute, jsonBody, queryOf } from "@/lib/api/handler";
import { recommendedPolicyTabs } from "@/lib/policy-tabs";
import { PolicySelectionSchema, resolveSelection, selectionFromQuery } from "@/lib/queries/policy-selection";

export const dynamic = "force-dynamic";

const FormatSchema = z.object({ format: z.string().default("policy") });

async function answer(selection: z.infer<typeof PolicySelectionSchema>, format: string) {
  if (!selection.servers.length && !selection.tools.length) {
    throw new ApiError(400, "empty_selection", "Name at least one server (servers=slug) or tool (tools=server/tool).");
  }
  const resolved = await resolveSelection(selection);
  if (resolved.missing.length) {
    throw new ApiError(404, "not_found", `Not in the catalogue: ${resolved.missing.join(", ")}.`);
  }
  const classified = resolved.tools.flatMap((tool) =>
    tool.category && tool.risk
      ? [{ server: tool.server, tool: tool.tool, category: tool.category, risk: tool.risk }]
      : [],
  );
  const unclassified = resolved.tools.filter((tool) => !tool.category).map((tool) => `${tool.server}/${tool.tool}`);
  const { recommendation, tabs } = recommendedPolicyTabs(classified);
  const tab = tabs.find((candidate) => candidate.id === format);
  if (!tab) {
    throw new ApiError(
      400,
      "unknown_format",
      `format must be one of: ${tabs.map((candidate) => candidate.id).join(", ")}.`,
    );
  }
  return {
    format: tab.id,
    filename: tab.filename,
    content: tab.content,
    notes: tab.notes,
    policy: recommendation.policy,
    conflicts: recommendation.conflicts,
    // Unclassified tools stay denied by default; say so rather than leave them out silently.
    unclassified,
  };
}

export const GET = apiRoute(async (request) => {
  const query = queryOf(request);
  return answer(selectionFromQuery(query), FormatSchema.parse(query).format);
});

export const POST = apiRoute(async (request) => {
  const body = z
    .object({
      servers: PolicySelectionSchema.shape.servers,
      tools: PolicySelectionSchema.shape.tools,
      format: z.string().default("policy"),
    })
    .parse(await jsonBody(request));
  return answer({ servers: body.servers, tools: body.tools }, body.format);
});
