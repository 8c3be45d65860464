import type { Recommendation } from './schema';

/** A review as the API and pages see it. */
export interface ReviewDto {
  id: string;
  sessionId: string;
  reviewer: { id: string; name: string };
  /** Set when an admin assigned the review rather than the reviewer claiming it. */
  assignedById: string | null;
  status: 'draft' | 'submitted';
  recommendation: Recommendation | null;
  summary: string;
  scores: { dimension: string; level: number; comment: string }[];
  comments: { id: string; targetType: 'node' | 'edge'; targetId: string; body: string }[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** The row shape lib/db loads (Prisma's, structurally), kept here so the mapping stays pure. */
export interface ReviewRecord {
  id: string;
  sessionId: string;
  reviewerId: string;
  assignedById: string | null;
  status: 'draft' | 'submitted';
  recommendation: Recommendation | null;
  summary: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  reviewer: { name: string | null };
  scores: { dimension: string; level: number; comment: string }[];
  comments: { id: string; targetType: string; targetId: string; body: string; createdAt: Date }[];
}

export function toReviewDto(record: ReviewRecord): ReviewDto {
  return {
    id: record.id,
    sessionId: record.sessionId,
    reviewer: { id: record.reviewerId, name: record.reviewer.name ?? 'Reviewer' },
    assignedById: record.assignedById,
    status: record.status,
    recommendation: record.recommendation,
    summary: record.summary,
    scores: record.scores.map((s) => ({ dimension: s.dimension, level: s.level, comment: s.comment })),
    comments: [...record.comments]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((c) => ({ id: c.id, targetType: c.targetType === 'edge' ? 'edge' : 'node', targetId: c.targetId, body: c.body })),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    submittedAt: record.submittedAt?.toISOString() ?? null,
  };
}
