import { graphql } from '../graphql/generated';

/** The list: open votes (and those about to open), and published results. */
export const budgetsQuery = graphql(`
  query Budgets {
    ...LayoutData
    openBudgets: budgets(status: OPEN, first: 50) {
      edges {
        node {
          id
          title
          totalAmount
          ballotType
          votingOpensAt
          votingClosesAt
          voteGroup {
            ...VoteGroupFields
          }
        }
      }
    }
    closedBudgets: budgets(status: CLOSED, first: 20) {
      edges {
        node {
          id
          title
          totalAmount
          votingClosesAt
        }
      }
    }
    talliedBudgets: budgets(status: TALLIED, first: 20) {
      edges {
        node {
          id
          title
          totalAmount
          votingClosesAt
        }
      }
    }
    publishedBudgets: budgets(status: PUBLISHED, first: 50) {
      edges {
        node {
          id
          title
          totalAmount
          publishedAt
        }
      }
    }
  }
`);

/** A vote group and its rule, as pages word it. */
export const VoteGroupFieldsFragment = graphql(`
  fragment VoteGroupFields on VoteGroup {
    id
    title
    rule
    maxBudgets
  }
`);

export const BudgetProjectFieldsFragment = graphql(`
  fragment BudgetProjectFields on BudgetProject {
    id
    title
    description
    cost
    category
    districtId
    feasibility
    feasibilityExplanation
    onBallot
  }
`);

export const BudgetDetailsFragment = graphql(`
  fragment BudgetDetails on Budget {
    id
    title
    description
    status
    totalAmount
    ballotType
    tallyRule
    add1Completion
    minProjects
    maxProjects
    maxPoints
    minSpendingShare
    districtId
    votingOpensAt
    votingClosesAt
    publishedAt
    population
    minAge
    maxAge
    voteGroup {
      ...VoteGroupFields
      budgets {
        id
        title
      }
    }
    projects {
      ...BudgetProjectFields
    }
    unfeasibleProjects {
      ...BudgetProjectFields
    }
  }
`);

/** The budget page, and the ballot's: the rules, the projects, and the visitor's current ballot. */
export const budgetQuery = graphql(`
  query Budget($id: ID!, $signedIn: Boolean!) {
    ...LayoutData
    ...Districts
    budget(id: $id) {
      ...BudgetDetails
    }
    myBallot(budgetId: $id) @include(if: $signedIn) {
      receipt
      projectIds
      ranking
      points {
        projectId
        points
      }
    }
  }
`);

export const budgetResultsQuery = graphql(`
  query BudgetResults($id: ID!) {
    ...LayoutData
    ...Districts
    budget(id: $id) {
      ...BudgetDetails
      projects {
        id
        votes
      }
      turnout {
        ballots
        verifiedResidents
        censusSize
        shareOfCensus
        shareOfVerified
      }
      turnoutByDistrict {
        districtId
        ballots
        verifiedResidents
        censusSize
        shareOfCensus
        shareOfVerified
      }
      result {
        rule
        add1Completion
        ballotCount
        totalCost
        computedAt
        ballotsDigest
        ballotsMerkleRoot
        winners {
          id
        }
        comparison {
          rule
          totalCost
          winners {
            id
          }
          explanation {
            ...RuleExplanationDetails
          }
        }
        explanation {
          ...RuleExplanationDetails
        }
      }
    }
    # How each winner is carried out (libs/tracking), once the worker has tracked them.
    winnersProgress: trackedItems(budgetId: $id, first: 100) {
      edges {
        node {
          id
          title
          status
          progressPercent
        }
      }
    }
  }
`);

/** The journalists' page: the published ballots file's digest, the rule with its options, the winners. */
export const budgetRecountQuery = graphql(`
  query BudgetRecount($id: ID!) {
    ...LayoutData
    budget(id: $id) {
      id
      title
      status
      ballotType
      totalAmount
      result {
        rule
        add1Completion
        minProjectScore
        tieBreakSeed
        equalSharesComparison {
          criterion
        }
        ballotCount
        totalCost
        ballotsDigest
        ballotsMerkleRoot
        auditHead {
          sequence
          hash
        }
        winners {
          id
          title
        }
      }
    }
  }
`);

/** Why each project won or lost under one rule (libs/tally's explanation, stored with the result). */
export const ruleExplanationFragment = graphql(`
  fragment RuleExplanationDetails on RuleExplanation {
    figures {
      votersWithFunded
      shareWithFunded
      averageFunded
    }
    equalShares {
      perVoterBudget
      add1Increment
      rounds
      projects {
        project {
          id
        }
        outcome
        round
        supportersHeld
        maxPayment
        effectiveVotes
        payments {
          amount
          voters
          paidAll
        }
        droppedAtRound
        effectiveSupport
      }
    }
    greedy {
      project {
        id
      }
      funded
      position
      moneyLeft
      takenBy {
        id
      }
    }
  }
`);

export const castBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      receipt
    }
  }
`);

/** A receipt's ballot and its inclusion proof (public once the result is published). */
export const receiptCheckQuery = graphql(`
  query ReceiptCheck($receipt: String!) {
    ...LayoutData
    ballotReceipt(receipt: $receipt) {
      budgetId
      ballotLine
      leafIndex
      treeSize
      proof
      merkleRoot
      ballot {
        projectIds
        ranking
        points {
          projectId
          points
        }
      }
    }
  }
`);

/** The titles of a budget's projects, to show a checked ballot in words. */
export const receiptBudgetQuery = graphql(`
  query ReceiptBudget($id: ID!) {
    budget(id: $id) {
      id
      title
      projects {
        id
        title
      }
    }
  }
`);
