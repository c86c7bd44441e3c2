import { graphql } from '../../graphql/generated';

export const staffAccountsQuery = graphql(`
  query StaffAccounts($search: String, $after: String) {
    ...LayoutData
    me {
      id
    }
    accounts(search: $search, after: $after, first: 25) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          displayName
          email
          role
          verified
          blocked
          createdAt
        }
      }
    }
  }
`);

export const staffSetAccountRoleMutation = graphql(`
  mutation StaffSetAccountRole($input: SetAccountRoleInput!) {
    setAccountRole(input: $input) {
      id
      role
    }
  }
`);
