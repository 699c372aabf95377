import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database drivers load WebAssembly and native modules from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Lint runs as its own step (npm run lint, Biome); type errors still fail the build.
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
