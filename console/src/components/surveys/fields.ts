// Field ids, error texts and ARIA wiring of the survey builder's fields: each field's key is the form
// path ("questions.1.options.0.label") that lib/surveyForm.ts maps the API's error paths to.
import { useI18n } from 'vue-i18n';
import type { SurveyKind } from '../../graphql/generated';
import { SCORE_RANGE, type FieldError } from '../../lib/surveyForm';

export const fid = (key: string): string => `survey-${key.replace(/\./g, '-')}`;

export interface FieldHelpers {
  fid: (key: string) => string;
  /** The message at a field ('' without an error): ours for the kind of field, else the API's. */
  err: (key: string) => string;
  /** id, aria-invalid and aria-describedby (hint, error) of a field's control. */
  aria: (key: string, hint?: boolean) => Record<string, string | undefined>;
}

export function useFieldHelpers(errors: () => Record<string, FieldError>, kind: () => SurveyKind): FieldHelpers {
  const { t, te } = useI18n();
  function err(key: string): string {
    const e = errors()[key];
    if (!e) return '';
    const message = `surveysPage.fieldErrors.${e.message}`;
    const [low, high] = SCORE_RANGE[kind()] ?? [0, 0];
    return te(message) ? t(message, { low, high }) : e.apiMessage;
  }
  function aria(key: string, hint = false): Record<string, string | undefined> {
    const described = [hint ? `${fid(key)}-hint` : '', err(key) ? `${fid(key)}-error` : ''].filter(Boolean).join(' ');
    return { id: fid(key), 'aria-invalid': err(key) ? 'true' : undefined, 'aria-describedby': described || undefined };
  }
  return { fid, err, aria };
}
