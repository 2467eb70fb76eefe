// Sending a change dialog's mutation: `saving` while it runs, then either the payload's first typed
// error (or the request's error) in `failure`, or `done` with the payload.
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorMessage } from '../../lib/messages';

export function useDialogSubmit() {
  const { t } = useI18n();
  const saving = ref(false);
  const failure = ref<string | null>(null);

  async function submit<P extends { errors: readonly { message: string }[] }>(
    run: () => Promise<P>, done: (payload: P) => void,
  ): Promise<void> {
    saving.value = true;
    failure.value = null;
    try {
      const payload = await run();
      if (payload.errors.length) failure.value = payload.errors[0].message;
      else done(payload);
    } catch (e) {
      failure.value = errorMessage(t, e);
    } finally {
      saving.value = false;
    }
  }

  return { saving, failure, submit };
}
