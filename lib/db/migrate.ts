import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's native migrate binary cannot be downloaded here, so migrations run through the same
 * schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), over our driver adapters.
 */
const require = createRequire(import.meta.url);
const ROOT = process.cwd();
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = SchemaEngineModule["SchemaEngine"]["prototype"];

let engineModule: Promise<SchemaEngineModule> | undefined;

async function loadEngineModule(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const bindings: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // The .wasm file is not in the package's exports map: find it beside the bindings.
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const module = new WebAssembly.Module(readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(module, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const log = (message: string) => {
    if (process.env.TOOLRISK_DEBUG_MIGRATIONS) console.error(message);
  };
  const engine = await SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

const FILTERS = { externalTables: [], externalEnums: [] };

export function migrationDirectoryNames(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function migrationsList() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: lockPath, content: readFileSync(lockPath, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: migrationDirectoryNames().map((name) => ({
      // A bare folder name: it is what _prisma_migrations records, so it must not depend on
      // where the repository is checked out.
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** `prisma migrate deploy`: applies what is not yet recorded in _prisma_migrations. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const result = (await engine.applyMigrations({ migrationsList: migrationsList(), filters: FILTERS } as never)) as {
      appliedMigrationNames: string[];
    };
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database with every migration applied (the shadow) to the schema file,
 * or "" when they already match.
 */
export async function diffShadowToSchema(shadowFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  await applyMigrations(shadowFactory);
  return withEngine(shadowFactory, async (engine) => {
    const schema = { files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }] };
    const result = (await engine.diff({
      from: { tag: "schemaDatasource", files: schema.files, configDir: ROOT },
      to: { tag: "schemaDatamodel", files: schema.files },
      script: true,
      exitCode: true,
      filters: FILTERS,
    } as never)) as { exitCode: number; stdout: string };
    return result.exitCode === 2 ? withoutGeneratedColumnNoise(result.stdout) : "";
  });
}

/**
 * The searchVector columns are GENERATED (hand-written in the init migration); the engine reads
 * their expression as a default it does not know and proposes dropping it. That is never wanted.
 */
export function withoutGeneratedColumnNoise(sql: string): string {
  return sql
    .split(/\n\n/)
    .filter((block) => !/ALTER COLUMN "searchVector" DROP DEFAULT;\s*$/.test(block.trim()))
    .join("\n\n")
    .trim();
}
