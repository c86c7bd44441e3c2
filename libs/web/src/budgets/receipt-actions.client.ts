/**
 * Copy and print buttons for the ballot receipt. Without JavaScript they stay
 * hidden and the page says to note the code or print the page.
 */
const actions = document.getElementById('receipt-actions');
const status = document.getElementById('receipt-status');
if (actions && status) {
  actions.hidden = false;
  actions.querySelector<HTMLButtonElement>('[data-print]')?.addEventListener('click', () => window.print());
  const copy = actions.querySelector<HTMLButtonElement>('[data-copy]');
  copy?.addEventListener('click', () => {
    const code = document.getElementById(copy.dataset.copy ?? '')?.textContent ?? '';
    navigator.clipboard.writeText(code).then(
      () => {
        status.textContent = copy.dataset.copied ?? '';
      },
      () => {
        // Clipboard refused (permissions): select the code so the visitor can copy it by hand.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(copy.dataset.copy ?? '')!);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      },
    );
  });
}
