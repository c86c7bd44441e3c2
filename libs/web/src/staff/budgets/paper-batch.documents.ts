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

/**
 * One batch: its status, its counts, and where its two entries differ. Not
 * its sheets: before the second entry only the first agent may read them, and
 * the page shows none (staffPaperBatchSheetsQuery, for a resolution).
 */
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
      sheetCount
      accepted
      firstEntryByYou
      refusedCount
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

/** The sheets of a batch whose two entries differ, which the resolution by readings starts from. */
export const staffPaperBatchSheetsQuery = graphql(`
  query StaffPaperBatchSheets($batchId: ID!) {
    paperBallotBatch(id: $batchId) {
      id
      sheets {
        projectIds
        points
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
