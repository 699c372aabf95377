import type { ServerContext } from "@/lib/tool-definition";
import { BROWSER_MARKERS } from "./lexicon";
import { splitIdentifier } from "./words";

/** What the sibling tools tell us about a server, computed once per server context. */
export type ServerProfile = {
  /** Words that name the server or prefix most of its tools ("asana", "browser"): not objects. */
  prefixWords: ReadonlySet<string>;
  /** The server drives a browser, so "select", "type", "upload", "drop" are page actions. */
  drivesBrowser: boolean;
  /** Sibling names with a browser word, for the evidence. */
  browserSiblings: string[];
};

const profiles = new WeakMap<ServerContext, ServerProfile>();

export function serverProfile(server: ServerContext): ServerProfile {
  let profile = profiles.get(server);
  if (!profile) {
    profile = buildProfile(server);
    profiles.set(server, profile);
  }
  return profile;
}

function buildProfile(server: ServerContext): ServerProfile {
  const prefixWords = new Set(splitIdentifier(server.name));
  const firstWordCounts = new Map<string, number>();
  const browserSiblings: string[] = [];
  for (const sibling of server.siblingToolNames) {
    const words = splitIdentifier(sibling);
    const first = words[0];
    if (first) firstWordCounts.set(first, (firstWordCounts.get(first) ?? 0) + 1);
    if (words.some((word) => BROWSER_MARKERS.has(word))) browserSiblings.push(sibling);
  }
  // A first word shared by most siblings is a namespace ("hubspot-", "browser_"), not an action.
  const siblingCount = server.siblingToolNames.length;
  if (siblingCount >= 3) {
    for (const [word, count] of firstWordCounts) if (count / siblingCount >= 0.6) prefixWords.add(word);
  }
  const serverWords = splitIdentifier(server.name);
  const drivesBrowser =
    browserSiblings.length >= 2 ||
    serverWords.some((word) => word === "browser" || word === "puppeteer" || word === "playwright");
  return { prefixWords, drivesBrowser, browserSiblings };
}
