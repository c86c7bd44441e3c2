import { graphql } from '../../graphql/generated';

/** The page's frame and the commune's districts (for a person the census gives none). */
export const verificationPageQuery = graphql(`
  query StaffVerificationPage {
    ...LayoutData
    ...Districts
  }
`);

/** Recorded in the audit log by the API, without what was searched. */
export const accountLookupQuery = graphql(`
  query StaffAccountLookup($search: String!) {
    accountLookup(search: $search) {
      accounts {
        id
        displayName
        emailHint
        createdAt
        emailConfirmed
        blocked
        verified
      }
      more
    }
  }
`);

export const verifyInPersonMutation = graphql(`
  mutation StaffVerifyInPerson($input: VerifyResidentInPersonInput!) {
    verifyResidentInPerson(input: $input)
  }
`);
