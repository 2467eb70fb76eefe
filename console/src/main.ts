import { createApp } from 'vue';
import 'tdesign-vue-next/es/style/index.css';
import './styles.css';
import App from './App.vue';
import { setUnauthenticatedHandler } from './api/graphql';
import { i18n } from './i18n';
import { loginLocation, router } from './router';
import { forget } from './stores/session';

setUnauthenticatedHandler(() => {
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  forget();
  void router.replace(loginLocation(current, 'ended'));
});

createApp(App).use(i18n).use(router).mount('#app');
