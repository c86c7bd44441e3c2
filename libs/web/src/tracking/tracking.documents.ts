import { graphql } from '../graphql/generated';

/** The list, filtered by status and district, with the districts for the filter and the map's settings. */
export const trackedItemsQuery = graphql(`
  query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {
    ...LayoutData
    ...MapSettings
    ...Districts
    trackedItems(statuses: $statuses, districtId: $districtId, first: 30, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          status
          progressPercent
          districtId
          year
          department
          latitude
          longitude
        }
      }
      pageInfo {
        ...ListPageInfo
      }
    }
  }
`);

/** An item's public record: its news with their photos, and the council's deliberations (the public and staff pages). */
export const TrackedItemRecordFragmentDoc = graphql(`
  fragment TrackedItemRecord on TrackedItem {
    title
    updates {
      id
      body
      occurredOn
      status
      progressPercent
      photos {
        id
        url
        width
        height
        alt
      }
    }
    deliberations {
      id
      delibId
      delibDate
      objet
      url
      votePour
      voteContre
      voteAbstention
    }
  }
`);

/** Where an item stands, as its public page says it (and the back office, which changes it). */
export const TrackedItemFactsFragmentDoc = graphql(`
  fragment TrackedItemFacts on TrackedItem {
    id
    title
    sourceType
    budgetId
    districtId
    year
    status
    abandonReason
    progressPercent
    plannedStartOn
    plannedEndOn
    actualStartOn
    actualEndOn
    committedCents
    spentCents
    department
  }
`);

/** One item with its history and the council's deliberations. */
export const trackedItemQuery = graphql(`
  query TrackedItem($id: ID!) {
    ...LayoutData
    ...Districts
    trackedItem(id: $id) {
      ...TrackedItemFacts
      updatedAt
      followedByMe
      ...TrackedItemRecord
    }
  }
`);

export const followTrackedItemMutation = graphql(`
  mutation FollowTrackedItem($input: FollowTrackedItemInput!) {
    followTrackedItem(input: $input) {
      id
      followedByMe
    }
  }
`);

/** My account: the news of the items I follow, since I followed them. */
export const myTrackingNotificationsQuery = graphql(`
  query MyTrackingNotifications {
    ...LayoutData
    myTrackingNotifications {
      itemTitle
      update {
        id
        trackedItemId
        body
        occurredOn
        status
        progressPercent
      }
    }
  }
`);
