import { graphql } from '../../graphql/generated';

/** A double-entry batch being entered: the budget's ballot, as the sheet form shows it. */
export const staffPaperBatchNewQuery = graphql(`
  query StaffPaperBatchNew($id: ID!) {
    ...LayoutData
    budget(id: $id) {
      ...BudgetDetails
      paperPrecedence
    }
  }
`);

/** One batch: its status, its sheets as they count, and where its two entries differ. */
export const staffPaperBatchQuery = graphql(`
  query StaffPaperBatch($id: ID!, $batchId: ID!) {
    ...LayoutData
    budget(id: $id) {
      ...BudgetDetails
      paperPrecedence
    }
    paperBallotBatch(id: $batchId) {
      id
      budgetId
      pollingPlace
      status
      accepted
      firstEntryByYou
      refused {
        index
        code
      }
      sheets {
        projectIds
        points
      }
      differences {
        index
        first {
          projectIds
          points
          refusalCode
        }
        second {
          projectIds
          points
          refusalCode
        }
      }
    }
  }
`);

export const recordPaperBatchMutation = graphql(`
  mutation RecordPaperBatch($input: RecordPaperBallotsInput!) {
    recordPaperBallots(input: $input) {
      id
    }
  }
`);

export const secondPaperEntryMutation = graphql(`
  mutation SecondPaperEntry($input: PaperBallotEntryInput!) {
    recordPaperBallotsSecondEntry(input: $input) {
      id
      status
    }
  }
`);

export const resolvePaperBatchMutation = graphql(`
  mutation ResolvePaperBatch($input: PaperBallotEntryInput!) {
    resolvePaperBallotBatch(input: $input) {
      id
      status
    }
  }
`);
