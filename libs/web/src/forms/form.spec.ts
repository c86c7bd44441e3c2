import { Translator } from '../i18n/translator';
import { FormSpec, formFromFailures, missingFields, readForm, UnhandledFailure } from './form';
import type { GraphqlFailure } from '../graphql/graphql-failure';

type Field = 'email' | 'password';

const SPEC: FormSpec<Field> = {
  fields: {
    email: { path: 'input.email', required: 'accounts.field.email.required', invalid: 'accounts.field.email.invalid' },
    password: {
      path: 'input.password',
      required: 'accounts.field.password.required',
      invalid: 'accounts.field.password.invalid',
      secret: true,
    },
  },
  codes: { EMAIL_TAKEN: { field: 'email', message: 'accounts.field.email.taken' } },
};

const i18n = new Translator('fr');
const failure = (code: string, extra: Partial<GraphqlFailure> = {}): GraphqlFailure => ({
  code,
  message: code,
  fields: [],
  details: {},
  ...extra,
});

describe('forms', () => {
  const values = readForm(SPEC, { email: 'a@b', password: 'secret', extra: 'ignored', __proto__: 'x' });

  it('reads only the form’s own fields, as text', () => {
    expect(values).toEqual({ email: 'a@b', password: 'secret' });
    expect(readForm(SPEC, { email: ['a', 'b'] })).toEqual({ email: '', password: '' });
  });

  it('names empty required fields before calling the API, and never sends a password back', () => {
    const view = missingFields(SPEC, { email: ' ', password: 'x' }, i18n)!;
    expect(view.errors).toEqual([{ field: 'email', text: 'Saisissez votre adresse électronique' }]);
    expect(view.values).toEqual({ email: ' ' });
    expect(missingFields(SPEC, values, i18n)).toBeNull();
  });

  it('puts VALIDATION_FAILED at each field it names, in the form’s order, and other paths above the form', () => {
    const view = formFromFailures(
      SPEC,
      values,
      [
        failure('VALIDATION_FAILED', {
          fields: [
            { field: 'input.password', messages: ['too long'] },
            { field: 'input.email', messages: ['must be an email'] },
          ],
        }),
        failure('VALIDATION_FAILED', { fields: [{ field: 'input.other', messages: ['?'] }] }),
      ],
      i18n,
    );
    expect(view.errors.map((e) => e.field)).toEqual(['email', 'password']);
    expect(view.errors[0].text).toBe(
      'Saisissez une adresse électronique au bon format, par exemple prenom.nom@exemple.fr',
    );
    expect(view.general).toEqual(['Une des valeurs saisies n’est pas acceptée. Vérifiez le formulaire.']);
    expect(view.values).toEqual({ email: 'a@b' });
  });

  it('maps domain codes to their field, common codes above the form, unknown ones to a general message', () => {
    const view = formFromFailures(
      SPEC,
      values,
      [
        failure('EMAIL_TAKEN'),
        failure('RATE_LIMITED', { details: { retryAfterSeconds: 125 } }),
        failure('SOMETHING_NEW'),
      ],
      i18n,
    );
    expect(view.errors).toEqual([
      {
        field: 'email',
        text: 'Un compte existe déjà avec cette adresse électronique. Connectez-vous, ou utilisez une autre adresse',
      },
    ]);
    expect(view.general).toEqual([
      'Trop de tentatives en peu de temps. Réessayez dans 3 minutes.',
      'Votre demande n’a pas pu être enregistrée. Vérifiez le formulaire et réessayez.',
    ]);
  });

  it('leaves to the error pages what no form can help with', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED'])
      expect(() => formFromFailures(SPEC, values, [failure(code)], i18n)).toThrow(UnhandledFailure);
  });
});
