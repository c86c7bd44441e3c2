import { graphql } from '../../graphql/generated';

/** A consultation's proposals as staff sort through them: most supported first, with where their answer stands. */
export const staffProposalsQuery = graphql(`
  query StaffProposals($consultationId: ID!, $filter: ProposalFilterInput, $after: String) {
    ...LayoutData
    consultation(id: $consultationId) {
      id
      title
      supportThreshold
    }
    proposals(consultationId: $consultationId, filter: $filter, orderBy: MOST_SUPPORTED, first: 50, after: $after) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          title
          status
          supportCount
          thresholdReached
          answer {
            status
            published
          }
        }
      }
    }
  }
`);

/** One proposal as staff answer it, and the draft budgets it could become a project of. */
export const staffProposalQuery = graphql(`
  query StaffProposal($id: ID!) {
    ...LayoutData
    proposal(id: $id) {
      id
      consultationId
      title
      body
      bodyHtml
      status
      supportCount
      supportThreshold
      thresholdReached
      hidden
      districtId
      address
      publishedAt
      category {
        name
      }
      author {
        displayName
      }
      answer {
        status
        answer
        answerHtml
        published
        publishedAt
      }
    }
    draftBudgets: budgets(status: DRAFT, first: 50) {
      edges {
        node {
          id
          title
          totalAmount
        }
      }
    }
  }
`);

export const answerProposalMutation = graphql(`
  mutation StaffAnswerProposal($input: AnswerProposalInput!) {
    answerProposal(input: $input) {
      id
    }
  }
`);

export const publishProposalAnswerMutation = graphql(`
  mutation StaffPublishProposalAnswer($id: ID!) {
    publishProposalAnswer(proposalId: $id) {
      id
    }
  }
`);

export const proposalProjectMutation = graphql(`
  mutation StaffProposalProject($input: AddBudgetProjectInput!) {
    addBudgetProject(input: $input) {
      id
      budgetId
    }
  }
`);
