/** Roles, least to most privileged. Stored on the user; changed by admins. */
export const ROLES = ['candidate', 'interviewer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  reviewer: 'Reviewer',
  admin: 'Admin',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
