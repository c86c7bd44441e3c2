import { graphql } from '../../graphql/generated';

/** The export form, and the latest requests as the audit log records them (each names its job). */
export const staffOpenDataQuery = graphql(`
  query StaffOpenData {
    ...LayoutData
    auditLog(action: "open-data.export-request", first: 10) {
      edges {
        node {
          sequence
          occurredAt
          subjectId
          payload
        }
      }
    }
  }
`);

export const staffExportJobQuery = graphql(`
  query StaffExportJob($id: ID!) {
    ...LayoutData
    exportJob(id: $id) {
      id
      dataset
      format
      status
      progress
      publishedFiles
      error
      requestedAt
      finishedAt
    }
  }
`);

export const staffRequestExportMutation = graphql(`
  mutation StaffRequestExport($input: RequestExportInput!) {
    requestExport(input: $input) {
      id
    }
  }
`);
