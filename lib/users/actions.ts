'use server';

import { revalidatePath } from 'next/cache';
import { canManageUsers } from '@/lib/auth/access';
import { updateUserRole } from '@/lib/db/users';
import { NotFoundError } from '@/lib/errors';
import { formAction } from '@/lib/http/form-action';
import { changeRoleSchema } from './schema';

export const changeRoleAction = formAction({ auth: 'user', schema: changeRoleSchema }, async (input, user) => {
  if (!canManageUsers(user)) throw new NotFoundError();
  const updated = await updateUserRole({ userId: input.userId, role: input.role });
  if (!updated) throw new NotFoundError('User not found');
  revalidatePath('/admin');
  return { message: `${updated.email} is now ${updated.role}.` };
});
