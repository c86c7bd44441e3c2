import { graphql } from '../../graphql/generated';

/** The vote groups with their budgets (drafts included: staff see them). */
export const staffVoteGroupsQuery = graphql(`
  query StaffVoteGroups {
    ...LayoutData
    voteGroups {
      ...VoteGroupFields
      budgets {
        id
        title
      }
    }
  }
`);

export const createVoteGroupMutation = graphql(`
  mutation StaffCreateVoteGroup($input: CreateVoteGroupInput!) {
    createVoteGroup(input: $input) {
      id
    }
  }
`);
