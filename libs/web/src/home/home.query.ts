import { graphql } from '../graphql/generated';

export const homeQuery = graphql(`
  query Home {
    ...LayoutData
    consultations(first: 20) {
      edges {
        node {
          id
          title
          currentPhase
          phases {
            kind
            endsAt
          }
        }
      }
    }
    openBudgets: budgets(status: OPEN, first: 10) {
      edges {
        node {
          id
          title
          totalAmount
          votingClosesAt
        }
      }
    }
    publishedBudgets: budgets(status: PUBLISHED, first: 5) {
      edges {
        node {
          id
          title
          totalAmount
          publishedAt
          turnout {
            ballots
          }
        }
      }
    }
    issueReports(first: 5) {
      edges {
        node {
          id
          status
          address
          districtName
          createdAt
          category {
            name
          }
        }
      }
    }
    keyFigures {
      participants
      proposals
      supports
      ballots
      issueReports
      fixedIssueReports
    }
  }
`);
