import { graphql } from '../../graphql/generated';

export const staffBudgetsQuery = graphql(`
  query StaffBudgets($after: String) {
    ...LayoutData
    budgets(first: 50, after: $after) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          title
          status
          totalAmount
          votingOpensAt
          votingClosesAt
        }
      }
    }
  }
`);

/** The new budget's form: the vote groups it may join. */
export const staffBudgetNewQuery = graphql(`
  query StaffBudgetNew {
    ...LayoutData
    voteGroups {
      ...VoteGroupFields
    }
  }
`);

export const staffBudgetQuery = graphql(`
  query StaffBudget($id: ID!) {
    ...LayoutData
    budget(id: $id) {
      id
      title
      description
      status
      ballotType
      tallyRule
      totalAmount
      votingOpensAt
      votingClosesAt
      tallyError
      paperPrecedence
      minProjects
      maxProjects
      maxPoints
      minSpendingShare
      population
      minAge
      maxAge
      voteGroup {
        ...VoteGroupFields
      }
      projects {
        id
        title
        description
        cost
        feasibility
        feasibilityExplanation
        onBallot
      }
      result {
        rule
        ballotCount
        totalCost
        winners {
          id
          title
          cost
          votes
        }
        comparison {
          rule
          totalCost
          winners {
            id
            title
            cost
          }
        }
      }
    }
  }
`);

export const createBudgetMutation = graphql(`
  mutation StaffCreateBudget($input: CreateBudgetInput!) {
    createBudget(input: $input) {
      id
    }
  }
`);

export const addBudgetProjectMutation = graphql(`
  mutation StaffAddBudgetProject($input: AddBudgetProjectInput!) {
    addBudgetProject(input: $input) {
      id
    }
  }
`);

export const updateBudgetProjectMutation = graphql(`
  mutation StaffUpdateBudgetProject($input: UpdateBudgetProjectInput!) {
    updateBudgetProject(input: $input) {
      id
    }
  }
`);

export const setFeasibilityMutation = graphql(`
  mutation StaffSetFeasibility($input: SetProjectFeasibilityInput!) {
    setBudgetProjectFeasibility(input: $input) {
      id
    }
  }
`);

export const openVotingMutation = graphql(`
  mutation StaffOpenVoting($id: ID!) {
    openVoting(budgetId: $id) {
      id
    }
  }
`);

export const closeVotingMutation = graphql(`
  mutation StaffCloseVoting($id: ID!) {
    closeVoting(budgetId: $id) {
      id
    }
  }
`);

export const retryTallyMutation = graphql(`
  mutation StaffRetryTally($id: ID!) {
    retryTally(budgetId: $id) {
      id
    }
  }
`);

export const publishResultMutation = graphql(`
  mutation StaffPublishResult($id: ID!) {
    publishResult(budgetId: $id) {
      id
    }
  }
`);

export const rescheduleVotingMutation = graphql(`
  mutation StaffRescheduleVoting($input: RescheduleVotingInput!) {
    rescheduleVoting(input: $input) {
      id
    }
  }
`);
