import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { siteUrl } from "@/lib/env";
import { siteConfig } from "@/lib/site-config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${siteConfig.name}: risk and policy for every MCP tool`, template: `%s · ${siteConfig.name}` },
  description: siteConfig.description,
  openGraph: { siteName: siteConfig.name, type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold no-underline">
              {siteConfig.name}
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {siteConfig.nav.map((item) => (
                <Link key={item.href} href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              ))}
            </nav>
            <search className="ml-auto w-full sm:w-auto">
              <form action="/search">
                <label htmlFor="site-search" className="sr-only">
                  Search servers and tools
                </label>
                <input
                  id="site-search"
                  name="q"
                  type="search"
                  placeholder="Search tools and servers"
                  className="w-full rounded-md border border-zinc-300 bg-transparent px-3 py-1.5 text-sm sm:w-64 dark:border-zinc-700"
                />
              </form>
            </search>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4">
            <span>
              {siteConfig.name} is open source. Labels come from each tool's own definition; annotations are treated as
              hints.
            </span>
            <Link href="/contact">Contact</Link>
            <Link href="/docs/api">JSON API</Link>
            <Link href="/methodology">How tools are classified</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
