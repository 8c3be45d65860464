import { TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { RevealSolutionForm } from './reveal-solution-form';

/**
 * Stands where the solution would be until the candidate has submitted an attempt or chooses to look.
 * Signed-out visitors are asked to sign in: a reveal is remembered per account.
 */
export function SolutionGate({ problemSlug, isSignedIn }: { problemSlug: string; isSignedIn: boolean }) {
  const callbackUrl = encodeURIComponent(`/problems/${problemSlug}#solution`);
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-semibold">
        <TriangleAlert aria-hidden="true" className="size-5 shrink-0" />
        Seeing the reference before you try spoils the practice
      </p>
      <p className="text-sm">
        The reference design, figures, API, data model and deep dives unlock when you submit a session on this
        problem. Interviewers and reviewers see them always. You can also look now: the reveal is recorded.
      </p>
      {isSignedIn ? (
        <RevealSolutionForm problemSlug={problemSlug} />
      ) : (
        <p className="text-sm">
          <Link href={`/signin?callbackUrl=${callbackUrl}`} className="font-medium text-indigo-800 underline">
            Sign in to practise or reveal the reference
          </Link>
        </p>
      )}
    </div>
  );
}
