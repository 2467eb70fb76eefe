// Loads what the inbox shows: one page of cases for the view and filters, whom cases can go to (teams
// with each agent's open cases against their cap) with the topics the filter offers, and keeps the page
// live: a case a colleague changes is replaced in place, a new case that belongs in the view comes first.
import { request } from '../../api/graphql';
import { subscribe } from '../../api/live';
import {
  AssignCaseDocument, CasesListDocument, CasesOptionsDocument, LiveCasesDocument, type CaseFilter,
  type CaseRowFragment, type CasesOptionsQuery,
} from '../../graphql/generated';
import { API_ORDER, applyLive, type InboxOrder } from '../../lib/casesQuery';
import { load, part } from '../../lib/loading';

export const PAGE_SIZE = 25;

export interface ListData {
  rows: CaseRowFragment[];
  total: number;
  hasNext: boolean;
  endCursor: string | null;
}

export interface Agent {
  id: string;
  name: string;
  openCases: number;
  maxOpenCases: number;
  available: boolean;
}

export interface Options {
  teams: CasesOptionsQuery['teams'];
  agents: Agent[]; // every agent of any team, once (their first team's cap), by name
  topics: { id: string; label: string }[];
}

/** The agents of the teams, each once; an agent in several teams shows their open cases once and the
 * largest cap. */
export function agentsOf(teams: CasesOptionsQuery['teams']): Agent[] {
  const byId = new Map<string, Agent>();
  for (const team of teams) {
    for (const m of team.members) {
      if (!m.user || m.user.role !== 'AGENT') continue;
      const known = byId.get(m.user.id);
      if (known) {
        known.maxOpenCases = Math.max(known.maxOpenCases, m.maxOpenCases);
        known.available ||= m.available;
      } else {
        byId.set(m.user.id, { id: m.user.id, name: m.user.name, openCases: m.openCases, maxOpenCases: m.maxOpenCases,
          available: m.available });
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** "My team": the first team the user is a member of, else the first they lead (a lead who is not an
 * agent of the team still watches its queue; Settings → Teams shows them as its lead). */
export function teamOf(teams: CasesOptionsQuery['teams'], userId: string | null): string | null {
  if (!userId) return null;
  const member = teams.find((team) => team.members.some((m) => m.user?.id === userId));
  return (member ?? teams.find((team) => team.lead?.id === userId))?.id ?? null;
}

export async function loadOptions(signal?: AbortSignal): Promise<Options> {
  const data = await request(CasesOptionsDocument, {}, { signal });
  return { teams: data.teams, agents: agentsOf(data.teams), topics: data.topics.edges.map((e) => e.node) };
}

export function useCases() {
  const list = part<ListData>();
  const options = part<Options>();
  let controller: AbortController | null = null;
  let optionsController: AbortController | null = null;
  let stopLive: (() => void) | null = null;

  async function loadList(filter: CaseFilter, after: string | null, order: InboxOrder = 'newest'): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    await load(list, async () => {
      const variables = { filter, first: PAGE_SIZE, after, order: API_ORDER[order] };
      const page = (await request(CasesListDocument, variables, { signal })).cases;
      return { rows: page.edges.map((e) => e.node), total: page.totalCount, hasNext: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor };
    }, signal);
  }

  async function refreshOptions(): Promise<void> {
    optionsController?.abort();
    optionsController = new AbortController();
    const signal = optionsController.signal;
    await load(options, () => loadOptions(signal), signal);
  }

  /** Starts the live stream; `current` says which list the page shows now. `onAdded` hears of new rows. */
  function live(current: () => { filter: CaseFilter | null; firstPage: boolean; order: InboxOrder },
    onAdded: (row: CaseRowFragment) => void): void {
    stopLive?.();
    stopLive = subscribe(LiveCasesDocument, {}, {
      next: ({ caseUpdated }) => {
        const data = list.value.data;
        if (!data) return;
        const { filter, firstPage, order } = current();
        const changed = applyLive(data.rows, caseUpdated, filter, firstPage, order, data.hasNext);
        if (!changed) return;
        list.value = { ...list.value, data: { ...data, rows: changed.rows, total: data.total + (changed.added ? 1 : 0) } };
        if (changed.added) onAdded(caseUpdated);
      },
    });
  }

  /** Assigns each case in turn; returns how many were assigned and the first refusal's message. `withinCap`:
   * the API refuses (OVER_CAP) what would take the agent past their cap (nobody confirmed going past it). */
  async function assignMany(ids: string[], assigneeId: string, withinCap = false):
    Promise<{ done: number; failed: number; reason: string | null }> {
    let done = 0;
    let failed = 0;
    let reason: string | null = null;
    for (const id of ids) {
      try {
        const payload = (await request(AssignCaseDocument, { id, assigneeId, withinCap })).assignCase;
        if (payload.errors.length || !payload.case) {
          failed += 1;
          reason ??= payload.errors[0]?.message ?? null;
          continue;
        }
        done += 1;
        const data = list.value.data;
        const updated = payload.case;
        if (data) {
          list.value = { ...list.value, data: { ...data, rows: data.rows.map((r) => (r.id === id ? { ...r, ...updated } : r)) } };
        }
      } catch (e) {
        failed += 1;
        reason ??= e instanceof Error ? e.message : String(e);
      }
    }
    return { done, failed, reason };
  }

  function stop(): void {
    controller?.abort();
    optionsController?.abort();
    stopLive?.();
    stopLive = null;
  }

  return { list, options, loadList, refreshOptions, live, assignMany, stop };
}
