/** A field's error in a page (its text, and whether its control says so: aria-invalid, described by the error). */
export function fieldError(html: string, name: string): { text: string | null; invalid: boolean } {
  const text = new RegExp(`<p class="field__error" id="${name}-error">(.*?)</p>`).exec(html)?.[1] ?? null;
  const control = new RegExp(`<(?:input|textarea)[^>]*\\bid="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  return {
    text:
      text
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim() ?? null,
    invalid: control.includes('aria-invalid="true"') && control.includes(`${name}-error`),
  };
}

/** The fields the page's error summary links to, in order. */
export const summaryLinks = (html: string): string[] =>
  [...(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map(
    (m) => m[1],
  );
