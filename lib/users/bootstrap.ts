import type { Role } from '@/lib/auth/roles';

/**
 * Emails listed in SCALEBOARD_ADMIN_EMAILS (comma-separated) become admins when they sign up, so a
 * self-hosted instance gets its first admin without a database console (`npm run user:role` also works).
 */
export function initialRoleFor(email: string, adminEmails = process.env.SCALEBOARD_ADMIN_EMAILS ?? ''): Role {
  const admins = adminEmails.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  return admins.includes(email.trim().toLowerCase()) ? 'admin' : 'candidate';
}
