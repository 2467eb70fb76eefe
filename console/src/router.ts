// Routes under /app (history mode; the server answers every /app path with index.html). Pages other
// than sign-in need a session; heavy views are loaded when first visited.
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { ensureSession } from './stores/session';

export const router = createRouter({
  history: createWebHistory('/app/'),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
    { path: '/invitation', name: 'invitation', component: () => import('./views/InvitationView.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('./views/ShellLayout.vue'),
      children: [
        { path: '', name: 'overview', component: () => import('./views/OverviewView.vue') },
        { path: 'topics', name: 'topics', component: () => import('./views/TopicsView.vue') },
        { path: 'topics/:id', name: 'topic', component: () => import('./views/TopicView.vue') },
        { path: 'responses', name: 'responses', component: () => import('./views/ResponsesView.vue') },
        { path: 'surveys', name: 'surveys', component: () => import('./views/SurveysView.vue') },
        { path: 'surveys/:id', name: 'survey', component: () => import('./views/SurveyView.vue') },
        { path: 'cases', name: 'cases', component: () => import('./views/CasesView.vue') },
        { path: 'cases/:id', name: 'case', component: () => import('./views/CaseView.vue') },
        { path: 'actions', name: 'actions', component: () => import('./views/ActionsView.vue') },
        { path: 'actions/:id', name: 'action', component: () => import('./views/ActionView.vue') },
        { path: 'accounts', name: 'accounts', component: () => import('./views/AccountsView.vue') },
        { path: 'accounts/:id', name: 'account', component: () => import('./views/AccountView.vue') },
        { path: 'loop', name: 'loop', component: () => import('./views/LoopView.vue') },
        {
          // Settings (admins; SettingsLayout tells anyone else so): a sub-navigation beside each section.
          path: 'settings',
          component: () => import('./views/settings/SettingsLayout.vue'),
          children: [
            { path: '', name: 'settings', redirect: { name: 'settings-users' } },
            { path: 'users', name: 'settings-users', component: () => import('./views/settings/UsersView.vue') },
            { path: 'api-keys', name: 'settings-api-keys', component: () => import('./views/settings/ApiKeysView.vue') },
            { path: 'identity', name: 'settings-identity', component: () => import('./views/settings/IdentityView.vue') },
            { path: 'organization', name: 'settings-organization', component: () => import('./views/settings/OrganizationView.vue') },
            { path: 'teams', name: 'settings-teams', component: () => import('./views/settings/TeamsView.vue') },
            { path: 'automation', name: 'settings-automation', component: () => import('./views/settings/AutomationView.vue') },
            { path: 'sla', name: 'settings-sla', component: () => import('./views/settings/SlaView.vue') },
            { path: 'webhooks', name: 'settings-webhooks', component: () => import('./views/settings/WebhooksView.vue') },
            { path: 'channels', name: 'settings-channels', component: () => import('./views/settings/ChannelsView.vue') },
            { path: 'vocabulary', name: 'settings-vocabulary', component: () => import('./views/settings/VocabularyView.vue') },
          ],
        },
        { path: ':rest(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
      ],
    },
  ],
});

export function loginLocation(to: RouteLocationNormalized, reason?: string) {
  const query: Record<string, string> = {};
  if (to.fullPath !== '/' && to.name !== 'login') query.next = to.fullPath;
  if (reason) query.reason = reason;
  return { name: 'login', query };
}

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const session = await ensureSession().catch(() => null);
  return session ? true : loginLocation(to);
});
