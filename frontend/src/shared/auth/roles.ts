import type { Role, User } from './get-session';

export const PARTY_ROLES: Role[] = ['COMPLAINANT', 'RESPONDENT'];
export const STAFF_ROLES: Role[] = ['OFFICER', 'SUPERVISOR'];

export function hasAnyRole(user: User | undefined, roles: Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}

/** Where a user starts: officers in the inbox, parties in the portal, administrators in administration. */
export function homePath(user: User | undefined): string {
  // an account an administrator created or reset does nothing before its own password is set
  if (user?.mustChangePassword) return '/account/password';
  if (hasAnyRole(user, STAFF_ROLES)) return '/inbox';
  if (hasAnyRole(user, PARTY_ROLES)) return '/portal';
  if (hasAnyRole(user, ['ADMIN'])) return '/admin';
  return '/no-workspace';
}
