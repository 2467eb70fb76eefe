// The CSV export of the page's filter: GET /export/responses.csv with the session's cookie (a GET
// changes nothing, so the API asks no CSRF token of it; the header goes along anyway, as with every
// request the console makes). Fetched rather than linked so that a refusal (a filter the API rejects,
// an ended session) is shown on the page as a typed error instead of replacing it.
import { csrfHeaders } from '../../api/csrf';
import { errorOf, networkError } from '../../api/errors';

export const EXPORT_PATH = '/export/responses.csv';

export async function fetchCsv(search: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${EXPORT_PATH}?${search}`, {
      credentials: 'same-origin',
      headers: { accept: 'text/csv', ...csrfHeaders() },
    });
  } catch (e) {
    throw networkError(e);
  }
  if (!response.ok) throw await errorOf(response);
  return response.blob();
}

/** Fetches the export and hands it to the browser as a download named `filename`. */
export async function downloadCsv(search: string, filename: string): Promise<void> {
  const blob = await fetchCsv(search);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
