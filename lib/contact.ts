import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";

export const ContactMessageSchema = z.object({
  name: z.string().trim().min(1, "Please give your name.").max(100, "Name: at most 100 characters."),
  email: z.email("Please give an email address we can answer.").max(200),
  message: z
    .string()
    .trim()
    .min(10, "Message: at least 10 characters.")
    .max(5_000, "Message: at most 5,000 characters."),
});
export type ContactMessageInput = z.infer<typeof ContactMessageSchema>;

/** At most this many messages per sender address (IP) and per email address in the window. */
export const CONTACT_LIMIT = 3;
export const CONTACT_WINDOW_MS = 60 * 60_000;

export type ContactResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; errors: Record<string, string> }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Addresses are stored hashed: enough to rate-limit, nothing to leak. */
export function hashAddress(address: string): string {
  return createHash("sha256").update(`toolrisk-contact:${address}`).digest("hex");
}

export async function submitContactMessage(
  db: Db,
  input: unknown,
  senderAddress: string,
  now = new Date(),
): Promise<ContactResult> {
  const parsed = ContactMessageSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, reason: "invalid", errors };
  }
  const since = new Date(now.getTime() - CONTACT_WINDOW_MS);
  const addressHash = hashAddress(senderAddress);
  const recent = await db.contactMessage.findMany({
    where: {
      createdAt: { gt: since },
      OR: [{ addressHash }, { email: parsed.data.email }],
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recent.length >= CONTACT_LIMIT) {
    const oldest = recent[recent.length - CONTACT_LIMIT]?.createdAt ?? now;
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + CONTACT_WINDOW_MS - now.getTime()) / 1000));
    return { ok: false, reason: "rate_limited", retryAfterSeconds };
  }
  await db.contactMessage.create({ data: { ...parsed.data, addressHash, createdAt: now } });
  return { ok: true };
}

/** The sender's address as the proxy in front of us reports it, else the socket's. */
export function senderAddressFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
