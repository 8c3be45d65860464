import type { Metadata } from 'next';
import { AccessDenied } from '@/components/layout/access-denied';
import { canManageUsers } from '@/lib/auth/access';
import { requirePageUser } from '@/lib/auth/page-guards';
import { findUsers } from '@/lib/db/users';
import { RoleForm } from './role-form';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageUser('/admin');
  if (!canManageUsers(user)) return <AccessDenied need="admins" />;
  const { q } = await searchParams;
  const users = await findUsers({ query: q });
  return (
    <section>
      <h1 className="text-2xl font-semibold">Users and roles</h1>
      <form className="my-4 flex gap-2" role="search">
        <label htmlFor="user-search" className="sr-only">Search users</label>
        <input id="user-search" name="q" defaultValue={q} placeholder="Search by email or name" className="w-72 rounded border border-slate-300 px-3 py-2 text-sm" />
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm">Search</button>
      </form>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Users</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Email</th>
            <th scope="col" className="p-2">Joined</th>
            <th scope="col" className="p-2">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100">
              <td className="p-2">{u.name}</td>
              <td className="p-2">{u.email}</td>
              <td className="p-2">{u.createdAt.toISOString().slice(0, 10)}</td>
              <td className="p-2"><RoleForm userId={u.id} email={u.email} role={u.role} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
