import type { FormView } from './form';
import { TextField } from './text-field.component';

/**
 * A census code, as a resident reads it from the commune's letter (residency) or staff read it at the desk
 * (verification, paper ballots): in capitals, not spell-checked, and not kept by the browser to offer the
 * next person at a shared computer.
 */
export function CensusCodeField<N extends string>(props: { form: FormView<N>; name: N; label: string; hint?: string }) {
  return <TextField {...props} autocomplete="off" spellcheck={false} autocapitalize="characters" />;
}
