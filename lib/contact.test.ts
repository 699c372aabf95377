import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACT_LIMIT, submitContactMessage } from "@/lib/contact";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

const valid = { name: "Ada", email: "ada@example.com", message: "Please add the server I maintain." };

describe("submitContactMessage", () => {
  it("stores a valid message and rejects invalid fields with a message each", async () => {
    expect(await submitContactMessage(db.prisma, valid, "10.0.0.1")).toEqual({ ok: true });
    const bad = await submitContactMessage(db.prisma, { name: "", email: "nope", message: "hi" }, "10.0.0.1");
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
    if (!bad.ok && bad.reason === "invalid")
      expect(Object.keys(bad.errors).sort()).toEqual(["email", "message", "name"]);
    const stored = await db.prisma.contactMessage.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.addressHash).not.toContain("10.0.0.1");
  });

  it("allows CONTACT_LIMIT messages per address an hour, then says when to retry", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    for (let i = 0; i < CONTACT_LIMIT; i++) {
      const at = new Date(now.getTime() + i * 60_000);
      expect(await submitContactMessage(db.prisma, { ...valid, email: `u${i}@example.com` }, "10.9.9.9", at)).toEqual({
        ok: true,
      });
    }
    const blocked = await submitContactMessage(
      db.prisma,
      { ...valid, email: "other@example.com" },
      "10.9.9.9",
      new Date(now.getTime() + 5 * 60_000),
    );
    expect(blocked).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 55 * 60 });
    // An hour after the first message, one slot is free again.
    const later = await submitContactMessage(
      db.prisma,
      { ...valid, email: "late@example.com" },
      "10.9.9.9",
      new Date(now.getTime() + 60 * 60_000 + 1000),
    );
    expect(later).toEqual({ ok: true });
  });
});
