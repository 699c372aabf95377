"use client";

import { useActionState } from "react";
import { sendContactMessage } from "@/app/contact/actions";

const field = "w-full rounded-md border border-zinc-300 bg-transparent px-3 py-2 dark:border-zinc-700";

export function ContactForm() {
  const [result, action, pending] = useActionState(sendContactMessage, null);
  if (result?.ok)
    return (
      <p role="status" data-testid="contact-sent">
        Thank you: your message is stored and we will answer by email.
      </p>
    );
  const errors = result && !result.ok && result.reason === "invalid" ? result.errors : {};
  return (
    <form action={action} className="max-w-xl space-y-4" data-testid="contact-form">
      {result && !result.ok && result.reason === "rate_limited" ? (
        <p role="alert">
          Too many messages from your address. Please try again in {Math.ceil(result.retryAfterSeconds / 60)} minutes.
        </p>
      ) : null}
      {(["name", "email"] as const).map((name) => (
        <label key={name} className="block space-y-1">
          <span className="capitalize">{name}</span>
          <input
            name={name}
            type={name === "email" ? "email" : "text"}
            required
            className={field}
            aria-invalid={Boolean(errors[name])}
          />
          {errors[name] ? <span className="text-sm text-red-700 dark:text-red-300">{errors[name]}</span> : null}
        </label>
      ))}
      <label className="block space-y-1">
        <span>Message</span>
        <textarea name="message" required rows={6} className={field} aria-invalid={Boolean(errors.message)} />
        {errors.message ? <span className="text-sm text-red-700 dark:text-red-300">{errors.message}</span> : null}
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white disabled:opacity-50"
      >
        {pending ? "Sending…" : "Send"}
      </button>
    </form>
  );
}
