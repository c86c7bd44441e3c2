import { graphql } from '../graphql/generated';

export const ConsultationSummaryFragment = graphql(`
  fragment ConsultationSummary on Consultation {
    id
    title
    districtId
    currentPhase
    phases {
      kind
      startsAt
      endsAt
    }
    figures {
      proposals
      supports
      participants
    }
  }
`);

/** The list: every published consultation (a commune runs a few a year), sorted into sections by the page. */
export const consultationsQuery = graphql(`
  query Consultations {
    ...LayoutData
    ...Districts
    consultations(first: 100) {
      totalCount
      edges {
        node {
          ...ConsultationSummary
        }
      }
    }
  }
`);

export const consultationQuery = graphql(`
  query Consultation($id: ID!) {
    ...LayoutData
    ...Districts
    consultation(id: $id) {
      ...ConsultationSummary
      descriptionHtml
      published
      supportLimit
      supportThreshold
      population
      minAge
      maxAge
      categories {
        id
        name
      }
    }
  }
`);
