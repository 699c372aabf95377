import { apiRoute } from "@/lib/api/handler";
import { validatePolicyText } from "@/lib/policy/validate";

export const dynamic = "force-dynamic";

/** The body is the policy.json text itself, so syntax errors can be reported with line and column. */
export const POST = apiRoute(async (request) => {
  const result = validatePolicyText(await request.text());
  return { valid: result.valid, problems: result.problems };
});
