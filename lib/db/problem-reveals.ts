import 'server-only';
import { getDb } from './client';

/**
 * Records that a candidate chose to see a problem's reference before trying it. Idempotent: revealing
 * twice keeps the first time, which is the one that matters for their history.
 */
export async function recordProblemReveal(options: { userId: string; problemSlug: string }): Promise<void> {
  const db = await getDb();
  await db.problemReveal.upsert({
    where: { userId_problemSlug: { userId: options.userId, problemSlug: options.problemSlug } },
    create: { userId: options.userId, problemSlug: options.problemSlug },
    update: {},
  });
}

/**
 * What `canSeeSolution` needs to know about this user and problem: have they submitted an attempt at it,
 * and have they chosen to reveal it. Both queries are scoped to the user.
 */
export async function getSolutionAccessFacts(options: {
  userId: string;
  problemSlug: string;
}): Promise<{ hasSubmittedAttempt: boolean; hasRevealed: boolean }> {
  const db = await getDb();
  const where = { userId: options.userId, problemSlug: options.problemSlug };
  const [submitted, reveal] = await Promise.all([
    db.practiceSession.findFirst({ where: { ...where, status: 'submitted' }, select: { id: true } }),
    db.problemReveal.findUnique({ where: { userId_problemSlug: where }, select: { revealedAt: true } }),
  ]);
  return { hasSubmittedAttempt: submitted !== null, hasRevealed: reveal !== null };
}
