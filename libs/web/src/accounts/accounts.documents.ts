import { graphql } from '../graphql/generated';

export const signInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

export const signUpMutation = graphql(`
  mutation SignUp($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
      }
    }
  }
`);

export const verifyResidencyMutation = graphql(`
  mutation VerifyResidency($input: VerifyResidencyInput!) {
    verifyResidency(input: $input) {
      verified
    }
  }
`);

export const myAccountQuery = graphql(`
  query MyAccount {
    ...LayoutData
    me {
      email
      displayName
      verified
    }
    myDataExport {
      status
      requestedAt
      expiresAt
      downloadPath
    }
  }
`);

export const updateMyAccountMutation = graphql(`
  mutation UpdateMyAccount($input: UpdateMyAccountInput!) {
    updateMyAccount(input: $input) {
      displayName
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
    }
  }
`);

export const requestMyDataMutation = graphql(`
  mutation RequestMyData {
    requestMyData {
      status
    }
  }
`);

export const deleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);

export const myMailPreferencesQuery = graphql(`
  query MyMailPreferences {
    ...LayoutData
    me {
      email
      role
    }
    myMailPreferences {
      ballots
      reports
      follows
      digest
      blocked
    }
  }
`);

export const updateMyMailPreferencesMutation = graphql(`
  mutation UpdateMyMailPreferences($input: UpdateMyMailPreferencesInput!) {
    updateMyMailPreferences(input: $input) {
      blocked
    }
  }
`);
