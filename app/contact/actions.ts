"use server";

import { headers } from "next/headers";
import { type ContactResult, senderAddressFrom, submitContactMessage } from "@/lib/contact";
import { getPrisma } from "@/lib/db";

export async function sendContactMessage(_previous: ContactResult | null, form: FormData): Promise<ContactResult> {
  const input = { name: form.get("name"), email: form.get("email"), message: form.get("message") };
  return submitContactMessage(await getPrisma(), input, senderAddressFrom(await headers()));
}
