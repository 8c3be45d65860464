import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

export const PASSWORD_MIN_LENGTH = 10;

/** Body of `POST /api/users` and the sign-up form. */
export const signUpSchema = z.object({
  email: z.email({ error: 'Enter a valid email address' }).max(320),
  password: z
    .string({ error: 'Password is required' })
    .min(PASSWORD_MIN_LENGTH, { error: `Password must be at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(200, { error: 'Password must be at most 200 characters' }),
  name: z.string({ error: 'Name is required' }).trim().min(1, { error: 'Name is required' }).max(100),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES),
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
