import { graphql } from '../graphql/generated';

/**
 * What the frame of every page shows: who is signed in, the commune's name,
 * colour, logo and accessibility status. Each page's query spreads it
 * (`...LayoutData`), so a page is one GraphQL execution.
 */
export const LayoutDataFragment = graphql(`
  fragment LayoutData on Query {
    me {
      displayName
      role
      verified
    }
    municipality {
      name
      primaryColor
      logoUrl
      legal {
        accessibilityConformity
      }
    }
  }
`);

/** Pages that show only the frame around a form, and error pages. */
export const layoutQuery = graphql(`
  query Layout {
    ...LayoutData
  }
`);
