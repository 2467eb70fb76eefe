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
        { path: 'settings/teams', name: 'settings-teams', component: () => import('./views/settings/TeamsView.vue'), meta: { admin: true } },
        { path: 'settings/automation', name: 'settings-automation', component: () => import('./views/settings/AutomationView.vue'), meta: { admin: true } },
        { path: 'settings/sla', name: 'settings-sla', component: () => import('./views/settings/SlaView.vue'), meta: { admin: true } },
        { path: 'settings/webhooks', name: 'settings-webhooks', component: () => import('./views/settings/WebhooksView.vue'), meta: { admin: true } },
        { path: 'settings/vocabulary', name: 'settings-vocabulary', component: () => import('./views/settings/VocabularyView.vue'), meta: { admin: true } },
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
