import { expect, it } from "vitest";
import { assertPublicUrl, isPrivateAddress } from "./address-guard";

it("classifies private, loopback, link-local and public addresses", () => {
  for (const address of [
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
  ]) {
    expect(isPrivateAddress(address), address).toBe(true);
  }
  for (const address of ["::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"]) {
    expect(isPrivateAddress(address), address).toBe(true);
  }
  for (const address of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
    expect(isPrivateAddress(address), address).toBe(false);
  }
});

it("refuses URLs whose host resolves to a private address, and non-HTTP schemes", async () => {
  await expect(assertPublicUrl("http://localhost:3000/mcp")).rejects.toMatchObject({ code: "PRIVATE_ADDRESS" });
  await expect(assertPublicUrl("http://[::1]/mcp")).rejects.toMatchObject({ code: "PRIVATE_ADDRESS" });
  await expect(assertPublicUrl("http://169.254.169.254/latest")).rejects.toMatchObject({ code: "PRIVATE_ADDRESS" });
  await expect(assertPublicUrl("file:///etc/passwd")).rejects.toMatchObject({ code: "INVALID_ENTRY" });
  await expect(assertPublicUrl("https://8.8.8.8/mcp")).resolves.toBeUndefined();
});
