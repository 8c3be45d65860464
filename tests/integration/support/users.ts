import { randomBytes } from 'node:crypto';
import type { Role } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import { updateUserRole } from '@/lib/db/users';
import { registerUser } from '@/lib/users/register';

/** Creates a user with the given role, returned as the session would see them. */
export async function createTestUser(role: Role = 'candidate'): Promise<CurrentUser> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.com`;
  const user = await registerUser({ email, password: 'a long enough password', name: `Test ${role}` });
  if (role !== 'candidate') await updateUserRole({ userId: user.id, role });
  return { id: user.id, email: user.email, name: user.name, role };
}
