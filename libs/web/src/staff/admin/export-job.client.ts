/**
 * Follows an export job while it runs (ExportJobPage): every few seconds the
 * page is fetched again, the job's part replaced by the new one, and a new
 * status said in the page's polite live region. The page is complete without
 * it: it says the export runs and links to itself. Stops once the job is
 * done or failed, or when the answer is no longer the job's page.
 */
const PENDING = ['WAITING', 'ACTIVE'];
const EVERY_MS = 3000;

const live = document.getElementById('export-job-live');
const hint = document.querySelector<HTMLElement>('[data-export-job-hint]');
let shown = document.querySelector<HTMLElement>('[data-export-job]');

/** The job's part of the page as the server renders it now; null: not the job's page (signed out, gone). */
async function fetchJob(): Promise<HTMLElement | null | undefined> {
  try {
    const response = await fetch(window.location.href, { headers: { accept: 'text/html' }, cache: 'no-store' });
    // A passing failure (the server restarting, Redis away): try again at the next turn; a refusal ends it.
    if (!response.ok) return response.status >= 500 ? undefined : null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    return page.querySelector<HTMLElement>('[data-export-job]');
  } catch {
    return undefined;
  }
}

async function follow(): Promise<void> {
  const next = await fetchJob();
  if (next === null || !shown) {
    hint?.remove();
    return;
  }
  if (next) {
    const before = shown.dataset.exportJob;
    shown.replaceWith(next);
    shown = next;
    if (live && next.dataset.exportJob !== before) live.textContent = next.dataset.announce ?? '';
    if (!PENDING.includes(next.dataset.exportJob ?? '')) {
      hint?.remove();
      return;
    }
  }
  window.setTimeout(() => void follow(), EVERY_MS);
}

if (shown && PENDING.includes(shown.dataset.exportJob ?? '')) {
  if (hint?.dataset.auto) hint.textContent = hint.dataset.auto;
  window.setTimeout(() => void follow(), EVERY_MS);
}
