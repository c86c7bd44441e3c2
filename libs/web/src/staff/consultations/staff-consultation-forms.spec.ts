import { formFromFailures, readForm } from '../../forms/form';
import type { GraphqlFailure } from '../../graphql/graphql-failure';
import { Translator } from '../../i18n/translator';
import { consultationFormSpec, consultationInput, consultationValues, onFormFields } from './staff-consultation-forms';

const i18n = new Translator('fr');
const ZONE = 'Europe/Paris';

const form = (values: Record<string, string>) =>
  readForm(consultationFormSpec(), { title: 'Plan vélo', supportLimit: '0', supportThreshold: '3', ...values });

describe('the consultation form', () => {
  it('sends the held steps only, in the commune’s time, and says which index is which step', () => {
    const read = consultationInput(
      form({
        supportsStart: '2027-03-01T09:00',
        supportsEnd: '2027-03-15T18:00',
        votingStart: '2027-07-01T09:00',
        votingEnd: '2027-07-02T09:00',
        categories: ' Mobilité \n\n Parcs ',
        districtId: '',
        proposalLimit: '',
        hideThreshold: '4',
      }),
      ZONE,
      i18n,
    );
    expect(read.ok && read.submission).toEqual({
      kinds: ['SUPPORTS', 'VOTING'],
      input: expect.objectContaining({
        title: 'Plan vélo',
        districtId: null,
        categories: ['Mobilité', 'Parcs'],
        supportThreshold: 3,
        proposalLimit: null,
        hideThreshold: 4,
        phases: [
          { kind: 'SUPPORTS', startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-15T17:00:00.000Z' },
          { kind: 'VOTING', startsAt: '2027-07-01T07:00:00.000Z', endsAt: '2027-07-02T07:00:00.000Z' },
        ],
      }),
    });
  });

  it('asks for the other date of a step given one, without calling the API', () => {
    const read = consultationInput(form({ reviewStart: '2027-03-01T09:00' }), ZONE, i18n);
    expect(read.ok ? [] : read.view.errors).toEqual([
      { field: 'reviewEnd', text: 'Saisissez les deux dates de l’étape, ou aucune pour la sauter' },
    ]);
  });

  it('puts the API’s refusals at the date they name, by the step held at that index', () => {
    const values = form({});
    const failures: GraphqlFailure[] = [
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: {},
        fields: [
          { field: 'input.phases.1.endsAt', messages: ['must be after startsAt'] },
          { field: 'input.phases.0', messages: ['overlaps phase VOTING'] },
          { field: 'input.categories.2', messages: ['too long'] },
        ],
      },
    ];
    const view = formFromFailures(consultationFormSpec(['SUPPORTS', 'VOTING']), values, onFormFields(failures), i18n);
    expect(view.errors.map((e) => e.field)).toEqual(['categories', 'supportsStart', 'votingEnd']);
    expect(view.general).toEqual([]);
  });

  it('shows a stored consultation in the commune’s time, skipped steps empty', () => {
    const values = consultationValues(
      {
        title: 'Plan vélo',
        description: '',
        districtId: null,
        supportLimit: 0,
        supportThreshold: 3,
        proposalLimit: null,
        hideThreshold: 5,
        phases: [{ kind: 'PROPOSALS', startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-15T17:00:00.000Z' }],
        categories: [{ name: 'Mobilité' }, { name: 'Parcs' }],
      },
      ZONE,
    );
    expect(values).toMatchObject({
      districtId: '',
      categories: 'Mobilité\nParcs',
      proposalLimit: '',
      hideThreshold: '5',
      proposalsStart: '2027-03-01T09:00',
      proposalsEnd: '2027-03-15T18:00',
      supportsStart: '',
    });
  });
});
