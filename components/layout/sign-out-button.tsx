import { signOutAction } from '@/lib/auth/actions';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
