/**
 * The production server `npm start` runs after its checks (it can be run alone once the site is
 * built): Next.js behind a page cache for the pages lib/web/cacheable.ts names (tool, server, home
 * and categories pages; lib/web/front-server.ts).
 * Settings: PORT, TOOLRISK_PAGE_CACHE_MB (0 turns the page cache off).
 */
import { createServer } from "node:http";
import next from "next";
import { serveSettings } from "@/lib/env";
import { frontHandler } from "@/lib/web/front-server";
import { PageCache } from "@/lib/web/page-cache";
import { runMain } from "@/scripts/run-main";

runMain(async () => {
  const settings = serveSettings();
  const app = next({ dev: false, dir: process.cwd(), port: settings.port });
  await app.prepare();
  const cache = settings.pageCacheBytes > 0 ? new PageCache({ maxBytes: settings.pageCacheBytes }) : null;
  const server = createServer(frontHandler(app.getRequestHandler(), cache));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, resolve);
  });
  console.log(
    `toolrisk: listening on port ${settings.port}, page cache ${cache ? `${settings.pageCacheBytes / 1024 / 1024} MB` : "off"}`,
  );
  // Serve until a signal; then stop taking connections, drop idle keep-alive ones, and let runMain exit.
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 3_000).unref();
      });
    }
  });
  await app.close();
});
