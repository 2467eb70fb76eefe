// The case rules (the organisation's and surveys' own) that the automation and SLA pages both edit:
// loading them with the surveys they may belong to, the rule that applies to the URL's `survey`, and
// a saved rule put in its place. Each page keeps its own form and checks.
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { request } from '../../api/graphql';
import { SettingsCaseRulesDocument, type CaseRuleRowFragment } from '../../graphql/generated';
import { ruleOf } from '../../lib/settingsLoop';
import { role } from '../../stores/session';

export interface RuleSurvey { id: string; name: string; kind: string }

export function useCaseRules() {
  const route = useRoute();
  const router = useRouter();
  const isAdmin = computed(() => role() === 'ADMIN');
  const rules = ref<CaseRuleRowFragment[]>([]);
  const surveys = ref<RuleSurvey[]>([]);
  const loading = ref(true);
  const loadError = ref<unknown>(null);

  const surveyId = computed(() => (typeof route.query.survey === 'string' ? route.query.survey : null));
  const survey = computed(() => surveys.value.find((s) => s.id === surveyId.value) ?? null);
  const rule = computed(() => ruleOf(rules.value, surveyId.value));
  // A survey without a rule of its own shows the organisation's; saving gives it its own.
  const inherited = computed(() => !!surveyId.value && rule.value?.surveyId !== surveyId.value);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const data = await request(SettingsCaseRulesDocument, {});
      rules.value = data.caseRules;
      surveys.value = data.surveys.edges.map((e) => e.node).filter((s) => s.purpose === 'ORDINARY' && s.kind !== 'FORM');
    } catch (e) {
      loadError.value = e;
    } finally {
      loading.value = false;
    }
  }

  function pick(id: string): void {
    void router.push({ query: id ? { survey: id } : {} });
  }

  /** The survey's name, or "unknown survey" for an id the list does not hold. */
  function surveyName(id: string | null | undefined, unknown: string): string {
    return surveys.value.find((s) => s.id === id)?.name ?? unknown;
  }

  function replace(saved: CaseRuleRowFragment): void {
    const at = rules.value.findIndex((r) => (r.surveyId ?? null) === (saved.surveyId ?? null));
    rules.value = at >= 0 ? rules.value.map((r, i) => (i === at ? saved : r)) : [...rules.value, saved];
  }

  watch(isAdmin, (admin) => {
    if (admin) void load();
  }, { immediate: true });

  return { isAdmin, rules, surveys, loading, loadError, surveyId, survey, rule, inherited, pick, surveyName, replace };
}

/** A number input's value: null when empty. */
export function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
