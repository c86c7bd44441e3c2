import type { FormSpec } from '../../forms/form';

export type CensusField = 'census';

/** The upload form: its one field feeds `input.csv`, the file's text. */
export const CENSUS_FORM: FormSpec<CensusField> = {
  fields: {
    census: { path: 'input.csv', required: 'census.file.required', invalid: 'census.file.invalid' },
  },
  codes: {
    CENSUS_IMPORT_TOO_LONG: {
      message: 'census.tooLong',
      values: (failure) => ({
        seconds: Number(failure.details.maxSeconds ?? 0),
        line: Number(failure.details.stoppedAtLine ?? 0),
        added: Number(failure.details.added ?? 0),
        alreadyPresent: Number(failure.details.alreadyPresent ?? 0),
      }),
    },
  },
};
