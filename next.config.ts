import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly and native modules from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  generateEtags: false,
  // Tool and server pages are cached after their first render (ISR). The cache lives in memory only,
  // as a bounded LRU: flushed to disk, 500,000 tool pages would fill .next with gigabytes of HTML.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // Types are checked once, by `npm run lint` (tsc --noEmit) in CI, rather than again inside every
  // `next build` that `npm start` and the browser tests make.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
