/** Fixed facts about the site, in one place. */
export const siteConfig = {
  name: "Toolrisk",
  tagline: "What every MCP tool can do to your world, and the policy that fences it.",
  description:
    "An open catalogue of Model Context Protocol servers and tools, each classified Read, Write, Execute, Destructive or Financial with a risk level, the evidence behind it and a deny-by-default policy.json.",
  repositoryUrl: "https://github.com/toolrisk/toolrisk",
  nav: [
    { href: "/servers", label: "Servers" },
    { href: "/categories", label: "Categories" },
    { href: "/policy", label: "Policy builder" },
    { href: "/docs/policy", label: "Policy format" },
    { href: "/methodology", label: "Methodology" },
    { href: "/docs/api", label: "API" },
  ],
} as const;
