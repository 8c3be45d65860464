import { PrismaClient } from './generated/client.ts';
import { getConnection } from './connection';

/**
 * The one PrismaClient. Built lazily (never at import: `next build` evaluates route modules) and cached on
 * globalThis, so the custom server and Next's route code share it. Only lib/db may import this.
 */
const globalForPrisma = globalThis as typeof globalThis & { __scaleboardPrisma?: Promise<PrismaClient> };

export function getDb(): Promise<PrismaClient> {
  globalForPrisma.__scaleboardPrisma ??= getConnection().then(
    ({ factory }) => new PrismaClient({ adapter: factory }),
  );
  return globalForPrisma.__scaleboardPrisma;
}

/** Disconnects the client (tests and scripts). */
export async function disconnectDb(): Promise<void> {
  const pending = globalForPrisma.__scaleboardPrisma;
  globalForPrisma.__scaleboardPrisma = undefined;
  if (pending) await (await pending).$disconnect();
}

export type { PrismaClient };
export * as Db from './generated/client.ts';
