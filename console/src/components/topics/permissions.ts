// What a role may change on the topics pages, mirroring api/permissions.py: fitTopics, renameTopic and
// mergeTopics need CanManageSurveys, createAction CanManageActions; both are ADMIN and ANALYST. The API
// still refuses everyone else: this only keeps controls a viewer cannot use off the page.
import type { Role } from '../../api/auth';

const MANAGERS: readonly Role[] = ['ADMIN', 'ANALYST'];

export function canManageTopics(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && MANAGERS.includes(role);
}
