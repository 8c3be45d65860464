import { defineConfig } from 'prisma/config';

// Migrations are applied by scripts/db-migrate.ts through Prisma's WASM schema engine (no native engine
// download); this file only tells the CLI where the schema lives for `prisma generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
