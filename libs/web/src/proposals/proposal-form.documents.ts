import { graphql } from '../graphql/generated';

/** What the submission form offers: the consultation's categories and phases, the commune's districts. */
export const ProposalFormOptionsFragment = graphql(`
  fragment ProposalFormOptions on Query {
    consultation(id: $consultationId) {
      id
      title
      currentPhase
      phases {
        kind
        startsAt
        endsAt
      }
      categories {
        id
        name
      }
    }
    ...Districts
  }
`);

export const newProposalQuery = graphql(`
  query NewProposal($consultationId: ID!) {
    ...LayoutData
    ...ProposalFormOptions
  }
`);

/** The proposal being edited or withdrawn, as its author sees it (drafts and hidden ones included). */
export const editedProposalQuery = graphql(`
  query EditedProposal($id: ID!) {
    me {
      id
    }
    proposal(id: $id) {
      id
      author {
        id
      }
      consultationId
      title
      body
      status
      editable
      supportCount
      category {
        id
      }
      districtId
      address
    }
  }
`);

export const previewProposalBodyQuery = graphql(`
  query PreviewProposalBody($body: String!) {
    previewProposalBody(body: $body)
  }
`);

export const submitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
      status
    }
  }
`);

export const updateProposalMutation = graphql(`
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      id
      status
    }
  }
`);

export const publishProposalMutation = graphql(`
  mutation PublishProposal($id: ID!) {
    publishProposal(id: $id) {
      id
      status
    }
  }
`);

export const withdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      id
      status
    }
  }
`);
