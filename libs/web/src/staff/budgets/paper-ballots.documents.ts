import { graphql } from '../../graphql/generated';

/** The paper-entry page: the budget's ballot (as residents see it), its figures by channel, and its batches. */
export const staffPaperBallotsQuery = graphql(`
  query StaffPaperBallots($id: ID!) {
    ...LayoutData
    budget(id: $id) {
      ...BudgetDetails
      paperPrecedence
      turnout {
        ballots
        online
        paper
        setAside
      }
    }
    paperBallotBatches(budgetId: $id) {
      id
      pollingPlace
      status
      sheetCount
      accepted
      refusedCount
    }
  }
`);

export const recordPaperSheetMutation = graphql(`
  mutation RecordPaperSheet($input: RecordPaperBallotsInput!) {
    recordPaperBallots(input: $input) {
      id
      accepted
      refusedCount
    }
  }
`);

export const markVotedInPersonMutation = graphql(`
  mutation MarkVotedInPerson($input: MarkVotedInPersonInput!) {
    markVotedInPerson(input: $input)
  }
`);
