// One sentence for an error the page did not handle itself, in the user's language.
import { isApiError } from '../api/errors';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export function errorMessage(t: Translate, e: unknown): string {
  if (isApiError(e, 'NETWORK')) return t('errors.network');
  if (isApiError(e, 'UNAVAILABLE')) return t('errors.unavailable');
  if (isApiError(e, 'FORBIDDEN')) return t('errors.forbidden');
  if (isApiError(e, 'CSRF')) return t('errors.csrf');
  return t('errors.generic', { message: e instanceof Error ? e.message : String(e) });
}
