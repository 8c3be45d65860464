'use client';

import { useMemo, useState } from 'react';
import { FindingSuggestions } from '@/components/analysis/finding-suggestions';
import type { Finding } from '@/lib/analysis/schema';
import type { Diagram } from '@/lib/diagram/schema';
import { commentBadges, commentedEdgeIds, draftFromReview, pinTargets, type ReviewDraft } from '@/lib/reviews/draft';
import type { ReviewDto } from '@/lib/reviews/dto';
import { missingForSubmit, type RubricRow } from '@/lib/reviews/rubric';
import { CommentComposer } from './comment-composer';
import { CommentList } from './comment-list';
import type { PinSelection } from './pin-canvas';
import { ReplayCanvas, type Revision } from './replay-canvas';
import { RubricForm } from './rubric-form';
import { SaveIndicator } from './save-indicator';
import { SubmitPanel } from './submit-panel';
import { useReviewDraft } from './use-review-draft';

interface ReviewWorkspaceProps {
  review: ReviewDto;
  rubric: readonly RubricRow[];
  diagram: Diagram;
  revisions: readonly Revision[];
  findings: readonly Finding[];
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

/** A finding becomes a comment on its first node (or edge); one about the whole design joins the summary. */
function acceptFinding(draft: ReviewDraft, finding: Finding): ReviewDraft {
  const nodeId = finding.nodeIds[0];
  const edgeId = finding.edgeIds[0];
  if (nodeId || edgeId) {
    const target = nodeId ? { targetType: 'node' as const, targetId: nodeId } : { targetType: 'edge' as const, targetId: edgeId as string };
    return { ...draft, comments: [...draft.comments, { key: newKey(), ...target, body: finding.message }] };
  }
  return { ...draft, summary: draft.summary ? `${draft.summary}\n\n${finding.message}` : finding.message };
}

/** The reviewer's side of the review page: the canvas with pinned comments, suggestions, and the rubric form. */
export function ReviewWorkspace({ review, rubric, diagram, revisions, findings }: ReviewWorkspaceProps) {
  const base = `/api/sessions/${review.sessionId}/reviews/${review.id}`;
  const { draft, update, status, error, saveNow } = useReviewDraft(base, draftFromReview(review));
  const [selection, setSelection] = useState<PinSelection | null>(null);
  const targets = useMemo(() => pinTargets(diagram), [diagram]);
  const nodeBadges = useMemo(() => commentBadges(draft.comments), [draft.comments]);
  const markedEdgeIds = useMemo(() => commentedEdgeIds(draft.comments), [draft.comments]);
  const titleOf = (d: string) => rubric.find((r) => r.dimension === d)?.title ?? d;
  const missing = missingForSubmit(
    rubric.map((r) => r.dimension),
    { scores: Object.keys(draft.scores).map((dimension) => ({ dimension })), recommendation: draft.recommendation },
    titleOf,
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="diagram-heading" className="flex flex-col gap-3">
        <h2 id="diagram-heading" className="text-lg font-semibold">Candidate diagram</h2>
        <ReplayCanvas diagram={diagram} revisions={revisions} nodeBadges={nodeBadges} markedEdgeIds={markedEdgeIds} selection={selection} onSelect={setSelection} />
        <CommentComposer
          targets={targets}
          selection={selection}
          onSelect={setSelection}
          onAdd={(c) => update((d) => ({ ...d, comments: [...d.comments, { key: newKey(), ...c }] }))}
        />
        <CommentList comments={draft.comments} targets={targets} onRemove={(key) => update((d) => ({ ...d, comments: d.comments.filter((c) => c.key !== key) }))} />
        <FindingSuggestions findings={findings} onAccept={(f) => update((d) => acceptFinding(d, f))} onDismiss={() => undefined} />
      </section>
      <section aria-labelledby="rubric-heading" className="flex flex-col gap-3">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="rubric-heading" className="text-lg font-semibold">Your scores</h2>
          <SaveIndicator status={status} error={error} />
        </div>
        <RubricForm
          rubric={rubric}
          draft={draft}
          onScore={(dimension, score) => update((d) => ({ ...d, scores: { ...d.scores, [dimension]: score } }))}
          onRecommendation={(recommendation) => update((d) => ({ ...d, recommendation }))}
          onSummary={(summary) => update((d) => ({ ...d, summary }))}
        />
        <SubmitPanel submitUrl={`${base}/submit`} missing={missing} flush={saveNow} />
      </section>
    </div>
  );
}
