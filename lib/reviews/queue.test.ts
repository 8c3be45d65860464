import { describe, expect, it } from 'vitest';
import { filterQueue, queueStatusOf, statusAfterClaim, statusAfterSubmit, type QueueRow } from './queue';

const row = (over: Partial<QueueRow> = {}): QueueRow => ({ problemSlug: 'url-shortener', reviewStatus: 'waiting', reviews: [], ...over });

describe('queueStatusOf', () => {
  it('uses the requested session’s own status', () => {
    expect(queueStatusOf(row({ reviewStatus: 'in_review' }))).toBe('in_review');
    expect(queueStatusOf(row({ reviewStatus: 'reviewed', reviews: [] }))).toBe('reviewed');
  });
  it('derives a mock interview session’s status from its reviews', () => {
    expect(queueStatusOf(row({ reviewStatus: 'none' }))).toBe('waiting');
    expect(queueStatusOf(row({ reviewStatus: 'none', reviews: [{ status: 'draft' }] }))).toBe('in_review');
    expect(queueStatusOf(row({ reviewStatus: 'none', reviews: [{ status: 'draft' }, { status: 'submitted' }] }))).toBe('reviewed');
  });
});

describe('filterQueue', () => {
  const rows = [row(), row({ problemSlug: 'chat', reviewStatus: 'reviewed' }), row({ reviewStatus: 'none', reviews: [{ status: 'draft' }] })];
  it('filters by problem and status, each optional', () => {
    expect(filterQueue(rows, {})).toHaveLength(3);
    expect(filterQueue(rows, { problem: 'chat' })).toEqual([rows[1]]);
    expect(filterQueue(rows, { status: 'in_review' })).toEqual([rows[2]]);
    expect(filterQueue(rows, { problem: 'url-shortener', status: 'waiting' })).toEqual([rows[0]]);
  });
});

describe('status transitions', () => {
  it('moves a waiting request to in review on claim, and any request to reviewed on submit', () => {
    expect(statusAfterClaim('waiting')).toBe('in_review');
    expect(statusAfterClaim('reviewed')).toBe('reviewed');
    expect(statusAfterSubmit('in_review')).toBe('reviewed');
  });
  it('never marks a mock interview’s session as requested', () => {
    expect(statusAfterClaim('none')).toBe('none');
    expect(statusAfterSubmit('none')).toBe('none');
  });
});
