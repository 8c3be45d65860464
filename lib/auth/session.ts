import 'server-only';
import { cache } from 'react';
import { getUserById } from '@/lib/db/users';
import { UnauthorizedError } from '@/lib/errors';
import { auth } from './config';
import type { Role } from './roles';

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/**
 * The signed-in user, or null. The token only proves identity; the user (and role) come from the
 * database, so a deleted account or a changed role takes effect immediately.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  let userId: string | undefined;
  try {
    userId = (await auth())?.user?.id;
  } catch {
    return null; // a malformed or foreign cookie reads as signed out
  }
  if (!userId) return null;
  const user = await getUserById({ userId });
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

/** The signed-in user; throws UnauthorizedError (401) otherwise. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
