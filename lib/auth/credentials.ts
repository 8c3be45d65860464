import 'server-only';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { consumeRateLimit, resetRateLimit } from '@/lib/db/rate-limits';
import { getUserCredentialsByEmail, normalizeEmail } from '@/lib/db/users';
import { decoyPasswordHash, verifyPassword } from './password';

const WINDOW_MS = 15 * 60 * 1000;
/** Sign-in attempts allowed per window; env overrides exist for load tests and e2e runs. */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: Number(process.env.SCALEBOARD_SIGNIN_LIMIT_PER_EMAIL ?? 10), windowMs: WINDOW_MS },
  perIp: { limit: Number(process.env.SCALEBOARD_SIGNIN_LIMIT_PER_IP ?? 30), windowMs: WINDOW_MS },
};

/** Thrown to next-auth so the sign-in page (and scripts, via `?code=`) can say why. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = 'rate_limited';
}

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().min(1).max(200),
});

/** The client address the custom server stamped on the request (see server.ts). */
export function clientIp(request: Request | undefined): string {
  return request?.headers.get('x-scaleboard-client-ip') ?? 'unknown';
}

/**
 * Checks an email and password. Counts the attempt per email and per IP first, so guessing is throttled
 * even for unknown emails, and takes the same time whether or not the account exists.
 */
export async function authorizeCredentials(input: unknown, ip: string) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit({ key: `signin:email:${email}`, policy: SIGN_IN_LIMITS.perEmail }),
    consumeRateLimit({ key: `signin:ip:${ip}`, policy: SIGN_IN_LIMITS.perIp }),
  ]);
  if (!byEmail.isAllowed || !byIp.isAllowed) throw new TooManySignInAttempts();

  const user = await getUserCredentialsByEmail({ email });
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!user?.passwordHash || !isValid) return null;
  await resetRateLimit({ key: `signin:email:${email}` });
  return { id: user.id, email: user.email, name: user.name };
}
