import { graphql } from '../../graphql/generated';

export const staffDashboardQuery = graphql(`
  query StaffDashboard($days: Int!) {
    ...LayoutData
    ...Districts
    staffDashboard(days: $days) {
      from
      to
      days
      accountsPerDay {
        day
        count
      }
      verifiedResidentsPerDay {
        day
        count
      }
      proposalsPerDay {
        day
        count
      }
      supportsPerDay {
        day
        count
      }
      ballotsPerDay {
        day
        count
      }
      turnoutByBudget {
        budgetId
        title
        districtId
        status
        votingClosesAt
        ballots
        verifiedResidents
        share
      }
      reportsByStatus {
        status
        count
      }
      reportsByCategory {
        categoryCode
        categoryName
        count
        fixed
        medianDaysToFix
      }
    }
  }
`);
