import type { Policy, Section } from "@/lib/policy/schema";

/** A server's rules with the JSON path they sit at, for messages and exports. */
export type PlacedSection = { server: string | undefined; path: string; section: Section };

export function isMultiServer(policy: Policy): boolean {
  return policy.servers !== undefined;
}

/**
 * Every section of a policy: the policy itself in the single-server form, each `servers`
 * entry (sorted by name) in the multi-server form.
 */
export function sectionsOf(policy: Policy): PlacedSection[] {
  if (!policy.servers) return [{ server: undefined, path: "", section: policy }];
  return Object.keys(policy.servers)
    .sort()
    .map((server) => ({
      server,
      path: `/servers/${pointerToken(server)}`,
      section: policy.servers?.[server] ?? {},
    }));
}

/**
 * The section that governs a call. A single-server policy governs every call whatever the
 * server; a multi-server policy governs only the servers it names (others get an empty section,
 * so `default` decides).
 */
export function sectionFor(policy: Policy, server: string | undefined): Section {
  if (!policy.servers) return policy;
  if (server === undefined) return {};
  return policy.servers[server] ?? {};
}

/** One reference token of a JSON Pointer (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replaceAll("~", "~0").replaceAll("/", "~1");
}

export function pointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${pointerToken(key)}`).join("");
}
