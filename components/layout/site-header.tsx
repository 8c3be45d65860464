import Link from 'next/link';
import { canManageUsers, canUseReviewQueue } from '@/lib/auth/access';
import { getCurrentUser } from '@/lib/auth/session';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = [
    { href: '/problems', label: 'Problems' },
    { href: '/concepts', label: 'Concepts' },
    { href: '/estimator', label: 'Estimator' },
    ...(user ? [{ href: '/sessions', label: 'Sessions' }, { href: '/progress', label: 'Progress' }] : []),
    ...(canUseReviewQueue(user) ? [{ href: '/reviews', label: 'Reviews' }] : []),
    // Candidates join interviews by invite and find them here too; interviewers also schedule them here.
    ...(user ? [{ href: '/interviews', label: 'Interviews' }] : []),
    ...(canManageUsers(user) ? [{ href: '/admin', label: 'Admin' }] : []),
  ];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-indigo-700">
          Scaleboard
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-4 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 hover:text-indigo-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600">
              {user.name ?? user.email} <span className="text-slate-500">({user.role})</span>
            </span>
            <SignOutButton />
          </div>
        ) : (
          <div className="flex gap-3 text-sm">
            <Link href="/signin" className="text-slate-700 hover:text-indigo-700">Sign in</Link>
            <Link href="/signup" className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">Sign up</Link>
          </div>
        )}
      </div>
    </header>
  );
}
