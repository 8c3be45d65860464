import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Prisma's own schema engine, compiled to WASM, driven over our driver adapter: migrations work offline,
 * with no native engine download. The package targets bundlers, so we instantiate its WASM by hand.
 */
type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

async function loadGlue(): Promise<Glue> {
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue;
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

const globalPanic = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };

/** Creates a schema engine for one schema text over the given adapter factory. */
export async function createSchemaEngine(
  schema: { path: string; content: string },
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  // Without a registry, a Rust panic surfaces as an unreadable TypeError; this keeps its message.
  globalPanic.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      console.error(`[schema-engine] panic: ${message}`);
    },
  };
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const log = (line: string) => {
    if (process.env.SCALEBOARD_DEBUG_MIGRATIONS) console.error(`[schema-engine] ${line}`);
  };
  return glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  ) as Promise<SchemaEngine>;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
