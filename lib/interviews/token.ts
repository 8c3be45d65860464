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

/**
 * The invite link as the interviewer's browser should see it: the public origin from the forwarded
 * headers (server.ts stamps them from Host; a trusted proxy sets its own), not the listening address.
 */
export function inviteUrl(token: string, headers: Headers, fallbackUrl: string): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return new URL(invitePath(token), host ? `${proto}://${host}` : fallbackUrl).toString();
}
