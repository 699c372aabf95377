import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { CrawlError } from "./errors";

// Loopback, private, shared, link-local, multicast and reserved ranges: a catalogue entry must not
// make the crawler call into the network it runs in.
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped?.[1]) return blocked.check(mapped[1], "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Refuses a URL whose host resolves to any non-public address (every address is checked, since
 * a client may connect to any of them). Only http and https are allowed.
 */
export async function assertPublicUrl(raw: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CrawlError("INVALID_ENTRY", `not a valid URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CrawlError("INVALID_ENTRY", `only http and https URLs are crawled, not ${url.protocol}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await resolveAll(host)).map((entry) => entry.address);
  const bad = addresses.filter(isPrivateAddress);
  if (bad.length) {
    throw new CrawlError(
      "PRIVATE_ADDRESS",
      `${url.host} resolves to a private, loopback or link-local address (${bad.join(", ")}); use --allow-private to crawl it`,
    );
  }
}

async function resolveAll(host: string) {
  try {
    return await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    throw new CrawlError("CONNECT_FAILED", `cannot resolve ${host}: ${(error as Error).message}`);
  }
}
