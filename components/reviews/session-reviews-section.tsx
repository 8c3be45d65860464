/** Submitted reviews of a session, shown on the candidate's session page. */
export async function SessionReviewsSection({ sessionId }: { sessionId: string }) {
  return (
    <section aria-labelledby={`reviews-${sessionId}`} className="space-y-2">
      <h2 id={`reviews-${sessionId}`} className="text-lg font-semibold">
        Reviews
      </h2>
      <p className="text-sm text-neutral-600">No reviews yet</p>
    </section>
  );
}
