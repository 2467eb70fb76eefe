// Who may change improvement actions, mirroring api/permissions.py (CanManageActions: ADMIN and ANALYST
// create, edit, move, link, note and override). Agents and viewers read. The API still decides.
import type { Role } from '../../api/auth';

export function canManageActions(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'ANALYST';
}

/** Who can own an action (the API refuses a viewer). */
export const OWNER_ROLES: readonly Role[] = ['ADMIN', 'ANALYST', 'AGENT'];
