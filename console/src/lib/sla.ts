// A case's SLA badge: which clock runs (first contact until the first contact, then resolution), how
// much of it is left (negative once past it), and its tone: amber once under a quarter of the clock is
// left, red once breached (the badge says "overdue by"), "paused" while waiting on the customer (the API
// stops both clocks then and moves the due times on when the case leaves WAITING_CUSTOMER). Resolved, closed and cancelled cases have none.
import type { CaseStatus } from '../graphql/generated';

export type SlaClock = 'firstContact' | 'resolution';
export type SlaTone = 'ok' | 'warning' | 'breached' | 'paused';

export interface SlaCase {
  status: CaseStatus;
  paused: boolean;
  createdAt: string;
  firstContactDueAt?: string | null;
  firstContactedAt?: string | null;
  resolveDueAt?: string | null;
}

export interface Sla {
  clock: SlaClock;
  tone: SlaTone;
  msLeft: number; // negative once breached
}

const DONE: readonly CaseStatus[] = ['RESOLVED', 'CLOSED', 'CANCELLED'];
export const WARNING_SHARE = 0.25;

function time(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

export function slaOf(c: SlaCase, now: number): Sla | null {
  if (DONE.includes(c.status)) return null;
  const contactDue = time(c.firstContactDueAt);
  const clock: SlaClock = !c.firstContactedAt && contactDue !== null ? 'firstContact' : 'resolution';
  const due = clock === 'firstContact' ? contactDue : time(c.resolveDueAt);
  if (due === null) return null;
  const msLeft = due - now;
  if (c.paused) return { clock, tone: 'paused', msLeft };
  if (msLeft < 0) return { clock, tone: 'breached', msLeft };
  const created = time(c.createdAt) ?? now;
  const total = Math.max(due - created, 1);
  return { clock, tone: msLeft < total * WARNING_SHARE ? 'warning' : 'ok', msLeft };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 4 h" / "3 h 12 min" / "−45 min" (en); "2 天 4 小时" / "3 小时 12 分钟" / "−45 分钟" (zh-CN). */
export function durationText(ms: number, locale: string): string {
  const en = locale === 'en';
  const sign = ms < 0 ? '\u2212' : '';
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  const d = Math.floor(minutes / (24 * 60));
  const h = Math.floor((minutes % (24 * 60)) / 60);
  const m = minutes % 60;
  const unit = (n: number, u: 'd' | 'h' | 'm') => (en ? `${n} ${u === 'm' ? 'min' : u}` : `${n} ${{ d: '天', h: '小时', m: '分钟' }[u]}`);
  const parts = d ? [unit(d, 'd'), h ? unit(h, 'h') : ''] : h ? [unit(h, 'h'), m ? unit(m, 'm') : ''] : [unit(m, 'm')];
  return sign + parts.filter(Boolean).join(' ');
}

export { DAY, HOUR, MINUTE };
