import 'server-only';
import { canClaimInvite, canConductInterviews, interviewPermissions, type Actor, type InterviewPermissions } from '@/lib/auth/access';
import type { Diagram } from '@/lib/diagram/schema';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { SessionEstimate } from '@/lib/estimator/schema';
import { applyControlAction } from '@/lib/interviews/clock';
import type { ControlAction, CreateInterviewInput, RescheduleInterviewInput } from '@/lib/interviews/schema';
import { getDb } from './client';

const NOT_FOUND = 'Interview not found';
const people = { interviewer: { select: { name: true } }, candidate: { select: { name: true } } } as const;

export async function createInterview(options: CreateInterviewInput & { actor: Actor; inviteTokenHash: string }) {
  if (!canConductInterviews(options.actor)) throw new NotFoundError();
  const db = await getDb();
  return db.mockInterview.create({
    data: {
      interviewerId: options.actor.id,
      problemSlug: options.problemSlug,
      scheduledAt: options.scheduledAt,
      durationMinutes: options.durationMinutes,
      inviteTokenHash: options.inviteTokenHash,
    },
    include: people,
  });
}

export type InterviewRow = Awaited<ReturnType<typeof createInterview>>;

/** Interviews the user runs or attends, soonest first. */
export async function findInterviews(options: { userId: string }): Promise<InterviewRow[]> {
  const db = await getDb();
  return db.mockInterview.findMany({
    where: { OR: [{ interviewerId: options.userId }, { candidateId: options.userId }] },
    orderBy: { scheduledAt: 'asc' },
    include: people,
    take: 200,
  });
}

/** An interview the actor is part of, with what they may do; anyone else's answers 404. */
export async function getInterviewForActor(options: { actor: Actor; interviewId: string }): Promise<{
  interview: InterviewRow;
  permissions: InterviewPermissions;
}> {
  const db = await getDb();
  const interview = await db.mockInterview.findUnique({ where: { id: options.interviewId }, include: people });
  if (!interview) throw new NotFoundError(NOT_FOUND);
  const permissions = interviewPermissions(options.actor, interview);
  if (!permissions.canJoin) throw new NotFoundError(NOT_FOUND);
  return { interview, permissions };
}

/** An interview the actor runs; a candidate (or anyone else) gets the same 404 as for a missing one. */
export async function getConductedInterview(options: { actor: Actor; interviewId: string }): Promise<InterviewRow> {
  const { interview, permissions } = await getInterviewForActor(options);
  if (!permissions.isInterviewer) throw new NotFoundError(NOT_FOUND);
  return interview;
}

async function getOpenConductedInterview(options: { actor: Actor; interviewId: string }): Promise<InterviewRow> {
  const interview = await getConductedInterview(options);
  if (interview.status === 'ended' || interview.status === 'cancelled') throw new ConflictError(`This interview has ${interview.status === 'ended' ? 'ended' : 'been cancelled'}`);
  return interview;
}

export async function rescheduleInterview(options: RescheduleInterviewInput & { actor: Actor; interviewId: string }): Promise<InterviewRow> {
  const current = await getOpenConductedInterview(options);
  if (current.status !== 'scheduled') throw new ConflictError('A live interview cannot be rescheduled');
  const db = await getDb();
  return db.mockInterview.update({
    where: { id: current.id },
    data: { scheduledAt: options.scheduledAt, durationMinutes: options.durationMinutes },
    include: people,
  });
}

export async function cancelInterview(options: { actor: Actor; interviewId: string }): Promise<InterviewRow> {
  const current = await getOpenConductedInterview(options);
  const db = await getDb();
  return db.mockInterview.update({ where: { id: current.id }, data: { status: 'cancelled' }, include: people });
}

/** Replaces the invite link (the old one stops working); only while nobody has claimed it. */
export async function renewInviteToken(options: { actor: Actor; interviewId: string; inviteTokenHash: string }): Promise<void> {
  const current = await getOpenConductedInterview(options);
  if (current.candidateId) throw new ConflictError('The invite has already been used');
  const db = await getDb();
  await db.mockInterview.update({ where: { id: current.id }, data: { inviteTokenHash: options.inviteTokenHash } });
}

/** What an invite link leads to, for the join page; null when it is unknown or no longer admits the actor. */
export async function getInviteForActor(options: { actor: Actor; inviteTokenHash: string }) {
  const db = await getDb();
  const row = await db.mockInterview.findUnique({ where: { inviteTokenHash: options.inviteTokenHash }, include: people });
  if (!row || !canClaimInvite(options.actor, row)) return null;
  return { id: row.id, problemSlug: row.problemSlug, scheduledAt: row.scheduledAt, durationMinutes: row.durationMinutes, interviewerName: row.interviewer.name, isClaimedByActor: row.candidateId === options.actor.id };
}

/**
 * Makes the actor the interview's candidate if the invite is still unclaimed (or already theirs), and
 * starts their `mock` session. The conditional update is the lock: of two people opening the link at
 * once, exactly one matches `candidateId: null`.
 */
export async function claimInvite(options: { actor: Actor; inviteTokenHash: string }): Promise<string> {
  const db = await getDb();
  const row = await db.mockInterview.findUnique({ where: { inviteTokenHash: options.inviteTokenHash } });
  if (!row || !canClaimInvite(options.actor, row)) throw new NotFoundError('This invite link is not valid or has already been used');
  if (row.candidateId === options.actor.id) return row.id;
  return db.$transaction(async (tx) => {
    const claimed = await tx.mockInterview.updateMany({ where: { id: row.id, candidateId: null }, data: { candidateId: options.actor.id } });
    if (claimed.count !== 1) throw new NotFoundError('This invite link is not valid or has already been used');
    const session = await tx.practiceSession.create({
      data: {
        userId: options.actor.id,
        problemSlug: row.problemSlug,
        mode: 'mock',
        durationMinutes: row.durationMinutes,
        timeLimitSeconds: row.durationMinutes * 60,
        diagram: { create: {} },
        estimate: { create: {} },
      },
    });
    await tx.mockInterview.update({ where: { id: row.id }, data: { sessionId: session.id } });
    return row.id;
  });
}

/** Applies one clock or phase action for the interviewer; returns the updated row. */
export async function controlInterview(options: { actor: Actor; interviewId: string; action: ControlAction; now: Date }): Promise<InterviewRow> {
  const current = await getConductedInterview(options);
  const change = applyControlAction(current, options.action, options.now);
  const db = await getDb();
  return db.mockInterview.update({ where: { id: current.id }, data: change, include: people });
}

export async function savePrivateNotes(options: { actor: Actor; interviewId: string; notes: string }): Promise<void> {
  const current = await getConductedInterview(options);
  const db = await getDb();
  await db.mockInterview.update({ where: { id: current.id }, data: { privateNotes: options.notes } });
}

/** Records that the interviewer sent hint `hintIndex` (once; sending it again keeps the first time). */
export async function recordSentHint(options: { actor: Actor; interviewId: string; hintIndex: number }): Promise<void> {
  const current = await getOpenConductedInterview(options);
  if (!current.sessionId) throw new ConflictError('Hints can be sent once the candidate has joined');
  const db = await getDb();
  await db.hintUse.upsert({
    where: { sessionId_hintIndex: { sessionId: current.sessionId, hintIndex: options.hintIndex } },
    create: { sessionId: current.sessionId, hintIndex: options.hintIndex, source: 'interviewer' },
    update: {},
  });
}

/**
 * Ends the interview and freezes the room's work into the candidate's `mock` session (submitted, with
 * the diagram as a new revision). Returns the session id, for the interviewer's rubric scoring.
 */
export async function endInterview(options: {
  actor: Actor;
  interviewId: string;
  work: { diagram: Diagram; estimate: SessionEstimate; notes: Record<string, string> };
  now: Date;
}): Promise<string | null> {
  const current = await getOpenConductedInterview(options);
  const db = await getDb();
  const { diagram, estimate, notes } = options.work;
  return db.$transaction(async (tx) => {
    const ended = await tx.mockInterview.updateMany({
      where: { id: current.id, status: { in: ['scheduled', 'live'] } },
      data: { status: 'ended', endedAt: options.now, ...(current.timerStartedAt && !current.timerPausedAt ? { timerPausedAt: options.now } : {}) },
    });
    if (ended.count !== 1) throw new ConflictError('This interview has already ended');
    if (!current.sessionId) return null;
    await tx.practiceSession.update({
      where: { id: current.sessionId },
      data: { status: 'submitted', submittedAt: options.now, notes, currentPhase: current.currentPhase },
    });
    const saved = await tx.diagram.update({
      where: { sessionId: current.sessionId },
      data: { nodes: diagram.nodes, edges: diagram.edges, version: { increment: 1 } },
    });
    await tx.diagramRevision.create({
      data: { diagramId: saved.id, version: saved.version, phase: current.currentPhase, nodes: diagram.nodes, edges: diagram.edges },
    });
    await tx.estimate.update({ where: { sessionId: current.sessionId }, data: { inputs: estimate.inputs, lines: estimate.lines, version: { increment: 1 } } });
    return current.sessionId;
  });
}
