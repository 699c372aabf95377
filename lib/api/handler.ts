import { NextResponse } from "next/server";
import { z } from "zod";

/** An error the client caused or must know about; becomes a JSON response with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFoundError = (what: string) => new ApiError(404, "not_found", `${what} is not in the catalogue.`);

type Context<P> = { params: Promise<P> };

/**
 * Wraps a route handler: zod failures become 400 with every problem and its path, ApiErrors keep
 * their status, anything else is a 500 that hides internals. One place, not a try/catch per route.
 */
export function apiRoute<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<unknown>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const body = await handler(request, await context.params);
      return body instanceof Response ? body : NextResponse.json(body);
    } catch (error) {
      if (error instanceof z.ZodError) {
        return NextResponse.json(
          {
            error: "invalid_request",
            message: "The request is not valid.",
            issues: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
          },
          { status: 400 },
        );
      }
      if (error instanceof ApiError) {
        return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
      }
      console.error(error);
      return NextResponse.json({ error: "internal", message: "Something went wrong on our side." }, { status: 500 });
    }
  };
}

/** Query parameters as a plain object (first value of each). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** A JSON body, or a 400 that says the body is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
