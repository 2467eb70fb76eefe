// Where someone lands after signing in or setting their password: where they asked to go (?next=, a console
// path only, never another site), else their role's start: an agent's own inbox (工单, which opens on their
// open cases, the most urgent first), everyone else the overview.
export function homeOf(role: string | null | undefined): string {
  return role === 'AGENT' ? '/cases' : '/';
}

export function landingPath(asked: unknown, role: string | null | undefined): string {
  return typeof asked === 'string' && asked.startsWith('/') && !asked.startsWith('//') ? asked : homeOf(role);
}

/** What a set-password link says it is for (api/links.py adds `for`): its words only, the server checks the
 * token whatever the link says. An invitation (no `for`) completes a new account. */
export type LinkFor = 'invitation' | 'reset' | 'first';

export function linkFor(value: unknown): LinkFor {
  return value === 'reset' || value === 'first' ? value : 'invitation';
}
