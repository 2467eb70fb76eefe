// A case's audit trail in people's words: each event (kind, from, to, note, actor) becomes one
// sentence in the user's language. Statuses come as their GraphQL names, objects as global ids: the
// page passes the names it knows (agents, teams, topics); an unknown id reads as "someone"/"a team".
import type { AuditActorKind } from '../graphql/generated';

export interface TrailEvent {
  at: string;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
  actor: string;
  actorKind: AuditActorKind;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface Names {
  users: Record<string, string>;
  teams: Record<string, string>;
  topics: Record<string, string>;
}

const STATUS_NAMES = new Set(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED', 'CANCELLED']);

/** Who did it: a person's (or key's) name as the API wrote it; the system and rules in the user's language. */
export function actorText(e: TrailEvent, t: Translate): string {
  if (e.actorKind === 'SYSTEM') return t('casesPage.trail.system');
  if (e.actorKind === 'RULE') return t('casesPage.trail.rule');
  return e.actor;
}

function statusText(value: string | null, t: Translate): string {
  return value && STATUS_NAMES.has(value) ? t(`casesPage.statuses.${value}`) : value ?? '—';
}

/** The sentence for one event (the note, when there is one, is shown beside it as the person wrote it).
 * `why`: the case rule's reason, briefly (lib/caseReason.ts), told in the rule's "opened the case" line. */
export function trailText(e: TrailEvent, t: Translate, names: Names, why: string | null = null): string {
  const actor = actorText(e, t);
  const user = (id: string | null) => (id && names.users[id]) || t('casesPage.trail.someone');
  switch (e.kind) {
    case 'created':
      return why && e.actorKind === 'RULE'
        ? t('casesPage.trail.createdBecause', { actor, why }) : t('casesPage.trail.created', { actor });
    case 'status':
      return t('casesPage.trail.status', { actor, from: statusText(e.from, t), to: statusText(e.to, t) });
    case 'assignee':
      return e.from
        ? t('casesPage.trail.reassigned', { actor, from: user(e.from), to: user(e.to) })
        : t('casesPage.trail.assigned', { actor, to: user(e.to) });
    case 'team':
      return t('casesPage.trail.team', { actor, to: (e.to && names.teams[e.to]) || t('casesPage.trail.aTeam') });
    case 'note':
      return t('casesPage.trail.note', { actor });
    case 'first_contact': // the move to e.to recorded it (the status event before says the move)
      return t('casesPage.trail.firstContact', { actor, to: statusText(e.to, t) });
    case 'root_cause':
      return t('casesPage.trail.rootCause', { actor, to: (e.to && names.topics[e.to]) || t('casesPage.trail.aTopic') });
    case 'resurvey': // no link: an account warning's case, resolved without one
      return e.to ? t('casesPage.trail.resurvey', { actor }) : t('casesPage.trail.resurveySkipped');
    case 'resurvey_answered':
      return t('casesPage.trail.resurveyAnswered', { score: e.to ?? '—' });
    case 'breach':
      return t(e.to === 'first_contact' ? 'casesPage.trail.breachContact' : 'casesPage.trail.breachResolve');
    case 'escalation':
      return t('casesPage.trail.escalation', { level: e.to ?? '?' });
    default:
      return t('casesPage.trail.other', { actor, kind: e.kind });
  }
}

/** The note shown under the sentence: what a person wrote; the service's own English notes on system
 * and rule events are left out where the sentence already says it. */
export function trailNote(e: TrailEvent): string | null {
  if (!e.note) return null;
  if (e.actorKind === 'SYSTEM' || e.actorKind === 'RULE') return null;
  if (e.kind === 'resurvey' || (e.kind === 'assignee' && e.note === 'reassigned')) return null;
  return e.note;
}
