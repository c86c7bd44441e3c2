import { graphql } from '../../graphql/generated';

/** Every consultation, unpublished ones included (staff see them all), newest first. */
export const staffConsultationsQuery = graphql(`
  query StaffConsultations($after: String) {
    ...LayoutData
    consultations(first: 50, after: $after) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          title
          published
          currentPhase
          figures {
            proposals
          }
        }
      }
    }
  }
`);

/** The districts a consultation may be about (the create form). */
export const staffConsultationNewQuery = graphql(`
  query StaffConsultationNew {
    ...LayoutData
    ...Districts
  }
`);

/** A consultation as staff edit it: every field of the form, and where it stands. */
export const staffConsultationQuery = graphql(`
  query StaffConsultation($id: ID!) {
    ...LayoutData
    ...Districts
    consultation(id: $id) {
      id
      title
      description
      districtId
      published
      currentPhase
      supportLimit
      supportThreshold
      proposalLimit
      hideThreshold
      population
      minAge
      maxAge
      phases {
        kind
        startsAt
        endsAt
      }
      categories {
        id
        name
      }
      figures {
        proposals
      }
    }
  }
`);

export const createConsultationMutation = graphql(`
  mutation StaffCreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      id
    }
  }
`);

export const updateConsultationMutation = graphql(`
  mutation StaffUpdateConsultation($input: UpdateConsultationInput!) {
    updateConsultation(input: $input) {
      id
    }
  }
`);

export const publishConsultationMutation = graphql(`
  mutation StaffPublishConsultation($id: ID!) {
    publishConsultation(id: $id) {
      id
    }
  }
`);

export const unpublishConsultationMutation = graphql(`
  mutation StaffUnpublishConsultation($id: ID!) {
    unpublishConsultation(id: $id) {
      id
    }
  }
`);
