import type { MutationOutcome } from '../graphql/web-graphql.service';
import type { Translator } from '../i18n/translator';
import { FormSpec, formFromFailures, FormView, missingFields, readForm } from './form';

export type Submission<N extends string, R> =
  { ok: true; data: R; values: Record<N, string> } | { ok: false; view: FormView<N> };

/**
 * What every form's POST handler does: read the fields, stop at empty
 * required ones (the API is not called, so no attempt is counted), call the
 * mutation, and turn its refusals into the form shown again.
 */
export async function submitForm<N extends string, R>(
  spec: FormSpec<N>,
  body: unknown,
  i18n: Translator,
  mutate: (values: Record<N, string>) => Promise<MutationOutcome<R>>,
): Promise<Submission<N, R>> {
  const values = readForm(spec, body);
  const missing = missingFields(spec, values, i18n);
  if (missing) return { ok: false, view: missing };
  const result = await mutate(values);
  if (!result.ok) return { ok: false, view: formFromFailures(spec, values, result.failures, i18n) };
  return { ok: true, data: result.data, values };
}
