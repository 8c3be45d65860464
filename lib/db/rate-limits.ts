import 'server-only';
import { countAttempt, type WindowPolicy } from '@/lib/rate-limit/fixed-window';
import { getDb } from './client';

/**
 * Counts one attempt for `key` against `policy`, atomically (row lock in a transaction), and answers
 * whether it is allowed. State lives in the database so limits survive restarts.
 */
export async function consumeRateLimit(options: { key: string; policy: WindowPolicy; now?: Date }) {
  const db = await getDb();
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${options.key}, ${now}, 0) ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<{ window_start: Date; count: number }[]>`SELECT window_start, count FROM rate_limit_buckets WHERE key = ${options.key} FOR UPDATE`;
    const row = rows[0];
    const decision = countAttempt(row ? { windowStart: new Date(row.window_start), count: row.count } : null, options.policy, now);
    await tx.rateLimitBucket.update({
      where: { key: options.key },
      data: { windowStart: decision.next.windowStart, count: decision.next.count },
    });
    return decision;
  });
}

/** Forgets a key (after a successful sign-in, the per-email counter starts over). */
export async function resetRateLimit(options: { key: string }): Promise<void> {
  const db = await getDb();
  await db.rateLimitBucket.deleteMany({ where: { key: options.key } });
}
