import { graphql } from '../../graphql/generated';

export const staffApiKeysQuery = graphql(`
  query StaffApiKeys {
    ...LayoutData
    open311ApiKeys {
      id
      name
      createdAt
      revokedAt
    }
  }
`);

export const staffCreateApiKeyMutation = graphql(`
  mutation StaffCreateApiKey($input: CreateOpen311ApiKeyInput!) {
    createOpen311ApiKey(input: $input) {
      key
      apiKey {
        id
        name
      }
    }
  }
`);

export const staffRevokeApiKeyMutation = graphql(`
  mutation StaffRevokeApiKey($input: RevokeOpen311ApiKeyInput!) {
    revokeOpen311ApiKey(input: $input) {
      id
    }
  }
`);
