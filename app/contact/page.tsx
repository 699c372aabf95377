import type { Metadata } from "next";
import { ContactForm } from "@/components/contact/contact-form";

export const metadata: Metadata = { title: "Contact", alternates: { canonical: "/contact" } };

export default function ContactPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Contact</h1>
      <p className="max-w-2xl">
        A server missing from the catalogue, a label you think is wrong, a question about a policy: write to us.
        Messages are stored in our database and read by the maintainers.
      </p>
      <ContactForm />
    </div>
  );
}
