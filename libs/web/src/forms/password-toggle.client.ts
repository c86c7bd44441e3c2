/**
 * Show/hide buttons on password fields (GOV.UK's password input). The page
 * works without it; its labels come from the page (data-* attributes), in the
 * visitor's language. The change is announced through a polite live region.
 */
function enhance(input: HTMLInputElement): void {
  const { showLabel, hideLabel, shownStatus, hiddenStatus } = input.dataset;
  if (!showLabel || !hideLabel) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'password-input__toggle';
  button.setAttribute('aria-controls', input.id);
  button.textContent = showLabel;
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  button.addEventListener('click', () => {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    button.textContent = show ? hideLabel : showLabel;
    status.textContent = (show ? shownStatus : hiddenStatus) ?? '';
  });
  input.after(button, status);
  // Never submit a password shown as text: browsers must not offer to remember it as ordinary text.
  input.form?.addEventListener('submit', () => {
    input.type = 'password';
  });
}

document.querySelectorAll<HTMLInputElement>('input[data-password-toggle]').forEach(enhance);
