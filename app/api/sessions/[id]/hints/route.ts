// GET /api/sessions/{id}/hints – {total, opened: [{hintIndex, text, source, openedAt}]}; unopened texts stay hidden.
// POST /api/sessions/{id}/hints – opens a hint {hintIndex} and records when: 201 the first time, 200 after.
import { findHintUses, openHint } from '@/lib/db/hints';
import { getSessionForActor } from '@/lib/db/sessions';
import { ValidationError } from '@/lib/errors';
import { apiRoute, created } from '@/lib/http/api-route';
import { getProblem } from '@/lib/problems/library';
import { openHintSchema, sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => {
  const { session } = await getSessionForActor({ actor: user, sessionId: params.id });
  const hints = getProblem(session.problemSlug)?.hints ?? [];
  const uses = await findHintUses({ actor: user, sessionId: params.id });
  return {
    total: hints.length,
    opened: uses.map((u) => ({ hintIndex: u.hintIndex, text: hints[u.hintIndex] ?? '', source: u.source, openedAt: u.openedAt.toISOString() })),
  };
});

export const POST = apiRoute({ params: sessionIdParamsSchema, body: openHintSchema }, async ({ user, params, body }) => {
  const { session } = await getSessionForActor({ actor: user, sessionId: params.id });
  const hints = getProblem(session.problemSlug)?.hints ?? [];
  if (body.hintIndex >= hints.length) throw new ValidationError('No such hint', { hintIndex: `This problem has ${hints.length} hints` });
  const use = await openHint({ actor: user, sessionId: params.id, hintIndex: body.hintIndex });
  const dto = { hintIndex: use.hintIndex, text: hints[use.hintIndex], source: use.source, openedAt: use.openedAt.toISOString() };
  return use.isNew ? created(dto) : dto;
});
