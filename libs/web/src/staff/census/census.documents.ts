import { graphql } from '../../graphql/generated';

export const importCensusMutation = graphql(`
  mutation StaffImportCensus($input: ImportCensusInput!) {
    importCensus(input: $input) {
      importId
      added
      alreadyPresent
      malformed
      refusedLines {
        line
        problem
      }
    }
  }
`);
