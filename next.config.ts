import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly and native modules from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Types are checked once, by `npm run lint` (tsc --noEmit) in CI, rather than again inside every
  // `next build` that `npm start` and the browser tests make.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
