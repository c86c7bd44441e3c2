/**
 * A double click on a submit button sends its form once: the second submit is
 * dropped while the first one's page loads. Supports are idempotent on the
 * server anyway; a comment sent twice would be posted twice.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-submit-once]')) {
  form.addEventListener('submit', (event) => {
    if (form.dataset.submitting) event.preventDefault();
    else form.dataset.submitting = 'true';
  });
}
// Back to the page from the browser's history: its forms may be sent again.
window.addEventListener('pageshow', () => {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-submitting]'))
    delete form.dataset.submitting;
});
