/**
 * Keeps the ballot's total current as projects are ticked (knapsack: amount
 * spent and left to spend) or points typed (cumulative: points left), where
 * the form without JavaScript needs "update the total". The total is a polite
 * live region: screen readers say it after each change, without interrupting.
 * Texts come from the page (data-* templates), in the visitor's language.
 */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function knapsack(total: HTMLElement, form: HTMLFormElement): () => void {
  const budget = Number(total.dataset.budget);
  const euros = new Intl.NumberFormat(total.dataset.locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return () => {
    const boxes = form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-cost]');
    const spent = [...boxes].filter((b) => b.checked).reduce((sum, b) => sum + Number(b.dataset.cost), 0);
    const left = budget - spent;
    total.textContent =
      left >= 0
        ? fill(total.dataset.template ?? '', { spent: euros.format(spent), left: euros.format(left) })
        : fill(total.dataset.overTemplate ?? '', { spent: euros.format(spent), over: euros.format(-left) });
  };
}

function cumulative(total: HTMLElement, form: HTMLFormElement): () => void {
  const points = Number(total.dataset.points);
  return () => {
    const inputs = form.querySelectorAll<HTMLInputElement>('input[name^="points-"]');
    const given = [...inputs].reduce((sum, i) => sum + (/^\d{1,6}$/.test(i.value.trim()) ? Number(i.value) : 0), 0);
    total.textContent =
      given <= points
        ? fill(total.dataset.template ?? '', { given: String(given), left: String(points - given) })
        : fill(total.dataset.overTemplate ?? '', { given: String(given), over: String(given - points) });
  };
}

const total = document.getElementById('ballot-total');
const form = total?.closest('form');
if (total && form) {
  const update = total.dataset.budget !== undefined ? knapsack(total, form) : cumulative(total, form);
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  // The live total replaces the button that asks the server for it.
  form.querySelector<HTMLElement>('[data-update-total]')?.setAttribute('hidden', '');
}
