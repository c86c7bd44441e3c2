import { graphql } from '../graphql/generated';

/** The legal pages: what the town hall set in its settings (updateMunicipalitySettings). */
export const legalQuery = graphql(`
  query Legal {
    ...LayoutData
    legalMunicipality: municipality {
      siren
      legal {
        publisherName
        publisherAddress
        publisherPhone
        publisherEmail
        publicationDirector
        hostName
        hostAddress
        hostPhone
        dpoName
        dpoEmail
        dpoAddress
        accessibilityConformity
        accessibilityScore
        accessibilityAuditDate
        accessibilityAuditor
        accessibilityNonCompliances
        accessibilityDerogations
        accessibilityContactEmail
        accessibilityStatementDate
      }
    }
  }
`);
