import 'server-only';
import { canSeeSolution, type Actor } from '@/lib/auth/access';
import { getSolutionAccessFacts } from '@/lib/db/problem-reveals';

/**
 * Whether this caller may see a problem's solution, for the page and the API alike. The policy is
 * `canSeeSolution`; this only gathers its facts, and skips the database when the answer cannot depend
 * on them (signed out: never; staff roles: always).
 */
export async function canActorSeeSolution(actor: Actor | null, problemSlug: string): Promise<boolean> {
  const noFacts = { hasSubmittedAttempt: false, hasRevealed: false };
  if (!actor || canSeeSolution(actor, noFacts)) return canSeeSolution(actor, noFacts);
  return canSeeSolution(actor, await getSolutionAccessFacts({ userId: actor.id, problemSlug }));
}
