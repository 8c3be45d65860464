// PATCH /api/users/{id} – an admin changes a user's role: 200 {id, email, name, role}. Others get 404.
import { z } from 'zod';
import { canManageUsers } from '@/lib/auth/access';
import { ROLES } from '@/lib/auth/roles';
import { updateUserRole } from '@/lib/db/users';
import { NotFoundError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';

const paramsSchema = z.object({ id: z.string().min(1).max(64) });
const bodySchema = z.object({ role: z.enum(ROLES) }).strict();

export const PATCH = apiRoute({ params: paramsSchema, body: bodySchema }, async ({ user, params, body }) => {
  if (!canManageUsers(user)) throw new NotFoundError();
  const updated = await updateUserRole({ userId: params.id, role: body.role });
  if (!updated) throw new NotFoundError('User not found');
  return { id: updated.id, email: updated.email, name: updated.name, role: updated.role };
});
