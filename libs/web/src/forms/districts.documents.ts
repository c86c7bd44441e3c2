import { graphql } from '../graphql/generated';

/**
 * The commune's districts, by id and name: what a district field or filter
 * offers (districtOptions) and the names a page shows for district ids.
 */
export const DistrictsFragment = graphql(`
  fragment Districts on Query {
    municipality {
      districts {
        id
        name
      }
    }
  }
`);
