// The loop page's trend: ?weeks=4|8|12 (default 8) weekly windows ending at the start of the next
// organisation-local day, oldest first, each [from, to) as ISO instants (loopMetrics counts the cases
// opened in a window).
import { addDays, first, midnight, today } from './period';

export const WEEK_CHOICES = [4, 8, 12] as const;
export const DEFAULT_WEEKS = 8;

export function weeksFromQuery(query: Record<string, unknown>): number {
  const n = Number(first(query.weeks));
  return (WEEK_CHOICES as readonly number[]).includes(n) ? n : DEFAULT_WEEKS;
}

export function queryFromWeeks(weeks: number): Record<string, string> {
  return weeks === DEFAULT_WEEKS ? {} : { weeks: String(weeks) };
}

export interface WeekWindow { start: string; from: string; to: string }

export function weekWindows(weeks: number, timeZone: string, now: Date = new Date()): WeekWindow[] {
  const end = addDays(today(timeZone, now), 1);
  return Array.from({ length: weeks }, (_, i) => {
    const start = addDays(end, -7 * (weeks - i));
    return { start, from: midnight(start, timeZone), to: midnight(addDays(start, 7), timeZone) };
  });
}

export interface CaseCountRow { id: string; name: string; open: number; breached: number }

/** The teams' rows and, when some cases are in no team (a case has at most one), a last row of those:
 * everyone's counts less the teams', so that the rows add up to the page's totals. */
export function withNoTeam(teams: CaseCountRow[], everyone: { open: number; breached: number },
  name: string): CaseCountRow[] {
  const open = everyone.open - teams.reduce((sum, r) => sum + r.open, 0);
  const breached = everyone.breached - teams.reduce((sum, r) => sum + r.breached, 0);
  return open > 0 || breached > 0 ? [...teams, { id: '', name, open, breached }] : teams;
}

/** Actions in the funnel's order (the way to an effective close); the side exits after it. */
export const FUNNEL = ['PROPOSED', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'VERIFYING', 'CLOSED_EFFECTIVE'] as const;
export const SIDE = ['ON_HOLD', 'CLOSED_INEFFECTIVE', 'DECLINED', 'DUPLICATE'] as const;

/**
 * The funnel: for each stage, the actions that reached it, as far as their current status tells
 * (an action now SHIPPED went through PROPOSED … IN_PROGRESS); side exits count only as themselves.
 */
export function funnelOf(byStatus: Record<string, number>): { status: string; now: number; reached: number }[] {
  const stages = FUNNEL.map((status) => ({ status, now: byStatus[status] ?? 0, reached: 0 }));
  let later = 0;
  for (let i = stages.length - 1; i >= 0; i -= 1) {
    later += stages[i].now;
    stages[i].reached = later;
  }
  // ON_HOLD was in progress; CLOSED_INEFFECTIVE was verified; DECLINED and DUPLICATE were reviewed.
  const add = (upTo: string, n: number) => {
    for (const s of stages) {
      s.reached += n;
      if (s.status === upTo) break;
    }
  };
  add('IN_PROGRESS', byStatus.ON_HOLD ?? 0);
  add('VERIFYING', byStatus.CLOSED_INEFFECTIVE ?? 0);
  add('UNDER_REVIEW', (byStatus.DECLINED ?? 0) + (byStatus.DUPLICATE ?? 0));
  return stages;
}
