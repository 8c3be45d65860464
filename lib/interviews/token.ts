import { createHash, randomBytes } from 'node:crypto';

/**
 * Invite tokens: 256 random bits, URL-safe. Only the SHA-256 is stored, so a leaked database does not
 * leak working invite links; a fast hash is enough because the token is unguessable (no dictionary).
 */
export function generateInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The path a candidate opens; the page claims the interview for them. */
export function invitePath(token: string): string {
  return `/interviews/join/${token}`;
}
