import { graphql } from '../../graphql/generated';

/** Every category (inactive ones too), with its Open311 questions, for the list and the form. */
export const staffReportCategoriesQuery = graphql(`
  query StaffReportCategories {
    ...LayoutData
    allReportCategories {
      code
      name
      description
      group
      keywords
      department
      active
      attributes {
        code
        datatype
        required
        order
        description
        values {
          key
          name
        }
      }
    }
  }
`);

export const staffUpsertReportCategoryMutation = graphql(`
  mutation StaffUpsertReportCategory($input: UpsertReportCategoryInput!) {
    upsertReportCategory(input: $input) {
      code
    }
  }
`);
