import { NextResponse } from "next/server";
import { apiRoute, jsonBody } from "@/lib/api/handler";
import { senderAddressFrom, submitContactMessage } from "@/lib/contact";
import { getPrisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const result = await submitContactMessage(
    await getPrisma(),
    await jsonBody(request),
    senderAddressFrom(request.headers),
  );
  if (result.ok) return NextResponse.json({ ok: true }, { status: 201 });
  if (result.reason === "invalid") {
    return NextResponse.json(
      { error: "invalid_request", message: "The message is not valid.", fields: result.errors },
      { status: 400 },
    );
  }
  return NextResponse.json(
    {
      error: "rate_limited",
      message: "Too many messages from this address; try again later.",
      retryAfterSeconds: result.retryAfterSeconds,
    },
    { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
  );
});
