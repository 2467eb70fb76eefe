// The settings pages' logic: their sections, what an admin may do to a user, the time zones offered,
// and payload errors placed at their fields (the rest said once, above the form).
import type { Role } from '../api/auth';

export interface SettingsSection {
  key: string; // settingsShell.nav.<key>
  path: string;
}

/** Every section of /settings, in the order of the sub-navigation (some pages live on other branches). */
export const SETTINGS_SECTIONS: SettingsSection[] = [
  { key: 'users', path: '/settings/users' },
  { key: 'apiKeys', path: '/settings/api-keys' },
  { key: 'identity', path: '/settings/identity' },
  { key: 'organization', path: '/settings/organization' },
  { key: 'teams', path: '/settings/teams' },
  { key: 'automation', path: '/settings/automation' },
  { key: 'sla', path: '/settings/sla' },
  { key: 'webhooks', path: '/settings/webhooks' },
  { key: 'channels', path: '/settings/channels' },
  { key: 'vocabulary', path: '/settings/vocabulary' },
];

export const ROLES: Role[] = ['ADMIN', 'ANALYST', 'AGENT', 'VIEWER'];

export type UserStatus = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

export interface UserLike {
  id: string;
  status: UserStatus;
  signedIn: boolean; // a live console session: what "sign out everywhere" ends (an API key is none)
}

export interface UserActions {
  changeRole: boolean;
  deactivate: boolean;
  reactivate: boolean;
  revokeSessions: boolean;
}

/** What the admin may do to a user of the list: never to themselves (the API refuses that too), and sign
 * out only who is signed in (someone active through an API key alone has no session to end). */
export function userActions(user: UserLike, selfId: string | null): UserActions {
  const self = user.id === selfId;
  const deactivated = user.status === 'DEACTIVATED';
  return {
    changeRole: !self && !deactivated,
    deactivate: !self && !deactivated,
    reactivate: deactivated,
    revokeSessions: !self && user.signedIn,
  };
}

/** IANA time zones the browser knows, with the current one (and UTC) always among them, sorted. */
export function timeZones(current: string, known: () => string[] = supportedZones): string[] {
  const zones = new Set(known());
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function supportedZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? FALLBACK_ZONES;
  } catch {
    return FALLBACK_ZONES;
  }
}

const FALLBACK_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo',
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'];

export interface PayloadError {
  code: string;
  field?: string | null;
  message: string;
}

export interface PlacedErrors {
  fields: Record<string, string>; // field -> message key (peopleSettings.errors.*) or the API's message
  other: PayloadError[];
}

/** Errors of a mutation's payload: those about one of the form's fields at that field (as a message key
 * when the page has words for it), the others apart. */
export function placeErrors(errors: PayloadError[], formFields: string[]): PlacedErrors {
  const fields: Record<string, string> = {};
  const other: PayloadError[] = [];
  for (const e of errors) {
    if (e.field && formFields.includes(e.field)) fields[e.field] = errorKey(e) ?? e.message;
    else other.push(e);
  }
  return { fields, other };
}

/** The page's words for a refusal, where it has them: `peopleSettings.errors.<code>` or `<code>_<field>`. */
export function errorKey(e: PayloadError): string | null {
  const specific = `${e.code}_${e.field ?? ''}`;
  if (KNOWN.has(specific)) return `peopleSettings.errors.${specific}`;
  if (KNOWN.has(e.code)) return `peopleSettings.errors.${e.code}`;
  return null;
}

export const KNOWN = new Set(['VALIDATION_name', 'VALIDATION_email', 'DUPLICATE_email', 'DUPLICATE_name',
  'VALIDATION_timezone', 'LAST_ADMIN', 'SELF', 'DEACTIVATED', 'NOT_FOUND']);

/** Copies text to the clipboard; false when the browser refuses (the text stays selectable on the page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
