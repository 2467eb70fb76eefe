// Whom cases go to, in the inbox's words: each agent's open cases against their cap (the assign menus mark
// those at or over it, and the pages ask before giving them more: the API allows it, a lead's decision), and
// whether the round robin gives the viewer cases at all (what their empty "mine" view says).
import type { CasesOptionsQuery } from '../graphql/generated';

export interface AgentLoad {
  name: string;
  openCases: number;
  maxOpenCases: number;
  available: boolean;
}

export type CapState = 'under' | 'at' | 'over';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function capState(a: Pick<AgentLoad, 'openCases' | 'maxOpenCases'>): CapState {
  if (a.openCases > a.maxOpenCases) return 'over';
  return a.openCases === a.maxOpenCases ? 'at' : 'under';
}

/** Whether giving the agent `more` cases takes them past their cap. */
export function pastCap(a: Pick<AgentLoad, 'openCases' | 'maxOpenCases'>, more = 1): boolean {
  return more > 0 && a.openCases + more > a.maxOpenCases;
}

/** An assign menu's line: "王芳（5/5，已满）", "张伟（21/8，超出上限）", "李娜（3/8，不在岗）". */
export function agentLabel(a: AgentLoad, t: Translate): string {
  const state = capState(a);
  const cap = state === 'under' ? '' : t(state === 'at' ? 'casesPage.detail.atCap' : 'casesPage.detail.overCap');
  return t('casesPage.detail.agentLoad', {
    name: a.name, open: a.openCases, cap: a.maxOpenCases, away: a.available ? '' : t('casesPage.detail.away'), full: cap,
  });
}

/** The question before going past a cap: "王芳已有 5 个未结工单，上限 5 个。仍要再分配 1 个吗？" */
export function pastCapQuestion(a: AgentLoad, more: number, t: Translate): string {
  return t('casesPage.detail.pastCap', { name: a.name, open: a.openCases, cap: a.maxOpenCases, n: more });
}

/** How the round robin treats the viewer: takes turns (an available agent of a team), away (an agent of
 * teams where they are marked unavailable), noTeam (an agent in no team) or notAgent (only agents take cases). */
export type RobinSituation = 'turns' | 'away' | 'noTeam' | 'notAgent';

export function robinSituation(teams: CasesOptionsQuery['teams'], userId: string | null,
  role: string | null | undefined): RobinSituation {
  if (role !== 'AGENT') return 'notAgent';
  const memberships = teams.flatMap((team) => team.members).filter((m) => m.user?.id === userId);
  if (!memberships.length) return 'noTeam';
  return memberships.some((m) => m.available) ? 'turns' : 'away';
}
