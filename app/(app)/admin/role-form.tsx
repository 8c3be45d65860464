'use client';

import { useActionState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { changeRoleAction } from '@/lib/users/actions';

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [state, action, isPending] = useActionState(changeRoleAction, {});
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">Role of {email}</label>
      <select id={selectId} name="role" defaultValue={role} className="rounded border border-slate-300 px-2 py-1">
        {ROLES.map((r) => (
          <option key={r} value={r}>{ROLE_LABELS[r]}</option>
        ))}
      </select>
      <button type="submit" disabled={isPending} className="rounded border border-slate-300 px-2 py-1" aria-label={`Save role of ${email}`}>
        Save
      </button>
      <span role="status" className="text-xs text-slate-600">{state.error ?? state.message}</span>
    </form>
  );
}
