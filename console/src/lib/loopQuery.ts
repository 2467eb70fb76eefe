import { first } from './period';

// The loop page's trend (?weeks=4|8|12, default 8: loopTrend's weeks in the organisation's zone) and its
// rows of cases by team and by agent from loopMetrics.caseLoad.
export const WEEK_CHOICES = [4, 8, 12] as const;
export const DEFAULT_WEEKS = 8;

export function weeksFromQuery(query: Record<string, unknown>): number {
  const n = Number(first(query.weeks));
  return (WEEK_CHOICES as readonly number[]).includes(n) ? n : DEFAULT_WEEKS;
}

export function queryFromWeeks(weeks: number): Record<string, string> {
  return weeks === DEFAULT_WEEKS ? {} : { weeks: String(weeks) };
}

export interface CaseCountRow { id: string; name: string; open: number; breached: number }
export interface AgentRow extends CaseCountRow { warnings: number; cap: number; available: boolean; teams: string[]; fallback: boolean }
interface Counts { openCases: number; breachedCases: number }
interface Team {
  id: string; name: string; fallbackOwner?: { id: string } | null;
  members: { available: boolean; maxOpenCases: number; user?: { id: string; name: string } | null }[];
}

/** A row per team (0 where caseLoad has none: it leaves out the teams without open or breached cases) and,
 * when some cases are in no team, a last row of those, so that the rows add up to the page's totals. */
export function teamRows(teams: Team[], byTeam: (Counts & { team?: { id: string } | null })[], noTeam: string): CaseCountRow[] {
  const load = new Map(byTeam.map((r) => [r.team?.id ?? '', r]));
  const row = (id: string, name: string) => ({ id, name, open: load.get(id)?.openCases ?? 0, breached: load.get(id)?.breachedCases ?? 0 });
  const rows = teams.map((team) => row(team.id, team.name));
  return load.has('') ? [...rows, row('', noTeam)] : rows;
}

/** A row per member of any team, most open cases first: their cases (an agent's open account warnings told
 * apart), their caps added up over their teams, available in any, and whether a team falls back to them. */
export function agentRows(teams: Team[], byAssignee: (Counts & { assignee?: { id: string } | null; openAccountWarnings: number })[],
  locale: string): AgentRow[] {
  const load = new Map(byAssignee.map((r) => [r.assignee?.id ?? '', r]));
  const agents = new Map<string, AgentRow>();
  for (const team of teams) {
    for (const m of team.members) {
      if (!m.user) continue;
      const mine = load.get(m.user.id);
      const row = agents.get(m.user.id) ?? {
        id: m.user.id, name: m.user.name, open: mine?.openCases ?? 0, breached: mine?.breachedCases ?? 0,
        warnings: mine?.openAccountWarnings ?? 0, cap: 0, available: false, teams: [], fallback: false,
      };
      row.cap += m.maxOpenCases;
      row.available = row.available || m.available;
      row.teams.push(team.name);
      // The fallback owner takes a team's cases when every agent is at their cap: over their own cap by design.
      row.fallback = row.fallback || team.fallbackOwner?.id === m.user.id;
      agents.set(m.user.id, row);
    }
  }
  return [...agents.values()].sort((a, b) => b.open - a.open || a.name.localeCompare(b.name, locale));
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
