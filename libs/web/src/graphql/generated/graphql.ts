/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** RGAA 4.1: FULL (totalement conforme), PARTIAL (partiellement conforme), NONE (non conforme). */
export type AccessibilityConformity =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

export type AddBudgetProjectInput = {
  budgetId: string | number;
  category?: string | null | undefined;
  /** Whole euros. */
  cost: number;
  /** Empty if left out. */
  description?: string | null | undefined;
  districtId?: string | number | null | undefined;
  imageUrl?: string | null | undefined;
  /** The accepted proposal this project came from. */
  proposalId?: string | number | null | undefined;
  title: string;
};

export type AddCommentInput = {
  /** Markdown, up to 2,000 characters. */
  body: string;
  /** The comment replied to; replies cannot be replied to. */
  parentId?: string | number | null | undefined;
  proposalId: string | number;
};

/** The town hall's official answer to a proposal. */
export type AnswerStatus =
  | 'ACCEPTED'
  | 'EVALUATING'
  | 'REJECTED';

export type BallotPointsInput = {
  points: number;
  projectId: string | number;
};

/** APPROVAL: pick projects; KNAPSACK: pick projects within the budget; CUMULATIVE: spread points; ORDINAL: rank projects. */
export type BallotType =
  | 'APPROVAL'
  | 'CUMULATIVE'
  | 'KNAPSACK'
  | 'ORDINAL';

export type BudgetStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED'
  | 'TALLIED';

export type CastBallotInput = {
  budgetId: string | number;
  points?: Array<BallotPointsInput> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  /** Most preferred first. */
  ranking?: Array<string | number> | null | undefined;
};

/** Why a census import refused a line. */
export type CensusLineProblem =
  | 'BROKEN_QUOTES'
  | 'INVALID_CODE'
  | 'LINE_TOO_LONG'
  | 'TOO_MANY_FIELDS'
  | 'UNKNOWN_DISTRICT';

export type ChangePasswordInput = {
  /** The password in use, to confirm. */
  currentPassword: string;
  /** At least PASSWORD_MIN_LENGTH characters, not a common password. */
  newPassword: string;
};

export type CommentOrder =
  | 'NEWEST'
  | 'OLDEST';

export type ContentType =
  | 'COMMENT'
  | 'PROPOSAL';

export type CreateBudgetInput = {
  /** EQUAL_SHARES only: complete the outcome with ADD1 (true if left out). */
  add1Completion?: boolean | null | undefined;
  ballotType: BallotType;
  /** The consultation whose VOTING phase this budget belongs to. */
  consultationId?: string | number | null | undefined;
  /** Empty if left out. */
  description?: string | null | undefined;
  districtId?: string | number | null | undefined;
  /** EQUAL_SHARES only: the comparison step with greedy, as Wieliczka and Świecie ran it (none if left out). */
  equalSharesComparison?: EqualSharesComparison | null | undefined;
  /** CUMULATIVE: points each resident spreads (required). */
  maxPoints?: number | null | undefined;
  maxProjects?: number | null | undefined;
  /** GREEDY only: projects with fewer votes (points for CUMULATIVE and ORDINAL ballots) are not funded (Pabulib min_project_score_threshold). */
  minProjectScore?: number | null | undefined;
  minProjects?: number | null | undefined;
  /** KNAPSACK: share of the total a ballot must at least spend, e.g. "0.7". */
  minSpendingShare?: string | null | undefined;
  /** EQUAL_SHARES if left out. */
  tallyRule?: TallyRule | null | undefined;
  /** EQUAL_SHARES only: ties go to the lowest cost, then the most votes, then the draw of this seed (SHA-256 of "seed:projectId"), published with the budget before the vote. Ties by id if left out. */
  tieBreakSeed?: string | null | undefined;
  title: string;
  /** Whole euros. */
  totalAmount: number;
  votingClosesAt: string;
  votingOpensAt: string;
};

/** Where a data-access request stands. */
export type DataExportStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'READY';

export type DeleteMyAccountInput = {
  /** Also delete my public contributions (by default they stay, without my name). */
  deleteContributions?: boolean | null | undefined;
  /** The current password, to confirm. */
  password: string;
};

/** After Equal Shares, greedy's outcome replaces it if strictly more voters prefer it. SATISFACTION: a voter prefers the outcome funding more of their ballot's projects; EXCLUSION_RATIO: the one funding at least one of them when the other funds none. */
export type EqualSharesComparison =
  | 'EXCLUSION_RATIO'
  | 'SATISFACTION';

export type Feasibility =
  | 'FEASIBLE'
  | 'UNFEASIBLE';

export type FollowIssueReportInput = {
  reportId: string | number;
};

export type FollowTrackedItemInput = {
  /** false to stop following; true by default. */
  follow?: boolean | null | undefined;
  trackedItemId: string | number;
};

export type ImportCensusInput = {
  /** CSV text: one identifier per line, optional header line `code`. Larger files: `npm run cli -- census:import`. */
  csv: string;
};

/** Where a report stands; see FixMyStreet. */
export type IssueReportStatus =
  | 'ACKNOWLEDGED'
  | 'ACTION_SCHEDULED'
  | 'CLOSED'
  | 'DUPLICATE'
  | 'FIXED'
  | 'IN_PROGRESS'
  | 'NOT_RESPONSIBLE'
  | 'OPEN'
  | 'UNABLE_TO_FIX';

export type LoginInput = {
  email: string;
  password: string;
};

export type Open311Datatype =
  | 'datetime'
  | 'multivaluelist'
  | 'number'
  | 'singlevaluelist'
  | 'string'
  | 'text';

/** PROPOSALS: submission; SUPPORTS: residents back proposals; REVIEW: staff answer; VOTING: participatory budget vote; RESULTS. */
export type PhaseKind =
  | 'PROPOSALS'
  | 'RESULTS'
  | 'REVIEW'
  | 'SUPPORTS'
  | 'VOTING';

/** FUNDED: paid by its supporters' shares in one of the rounds; COMPLETION: added after the rounds by a completion step; UNFUNDED: its supporters could not pay its cost. */
export type ProjectOutcome =
  | 'COMPLETION'
  | 'FUNDED'
  | 'UNFUNDED';

export type ProposalFilterInput = {
  categoryId?: string | number | null | undefined;
  districtId?: string | number | null | undefined;
  /** True: only the signed-in resident's own proposals (none for visitors); combines with the other filters. */
  mine?: boolean | null | undefined;
  /** French full-text search in titles and bodies; accents ignored. */
  search?: string | null | undefined;
  /** DRAFT lists the caller's own drafts. */
  status?: ProposalStatus | null | undefined;
};

export type ProposalOrder =
  | 'MOST_SUPPORTED'
  | 'RANDOM'
  | 'RECENT';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type RegisterInput = {
  displayName: string;
  email: string;
  /** Language of the messages sent to the account: "fr" (default) or "en". */
  locale?: string | null | undefined;
  /** At least PASSWORD_MIN_LENGTH characters (10 by default), not a common password. */
  password: string;
};

export type ReportContentInput = {
  details?: string | null | undefined;
  reason: ReportReason;
  targetId: string | number;
  targetType: ContentType;
};

export type ReportReason =
  | 'OFFENSIVE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'SPAM';

export type RescheduleVotingInput = {
  budgetId: string | number;
  votingClosesAt: string;
  /** Drafts only. */
  votingOpensAt?: string | null | undefined;
};

/** What an account may do; ADMIN includes STAFF. */
export type Role =
  | 'ADMIN'
  | 'RESIDENT'
  | 'STAFF';

export type SetProjectFeasibilityInput = {
  /** Required when UNFEASIBLE: why, for the residents who proposed it. */
  explanation?: string | null | undefined;
  feasibility: Feasibility;
  projectId: string | number;
};

export type SubmitIssueReportInput = {
  address?: string | null | undefined;
  /** Answers to the category's attributes, by attribute code. */
  attributes?: Record<string, unknown> | null | undefined;
  categoryCode: string;
  description: string;
  /** For anonymous reporters who want follow-up; never published. */
  email?: string | null | undefined;
  /** WGS84. */
  latitude: number;
  /** WGS84. */
  longitude: number;
  /** Id returned by POST /reports/photos. */
  photoId?: string | number | null | undefined;
};

export type SubmitProposalInput = {
  address?: string | null | undefined;
  /** Markdown, up to 10,000 characters. */
  body: string;
  categoryId?: string | number | null | undefined;
  consultationId: string | number;
  districtId?: string | number | null | undefined;
  /** Keep it as a draft only its author sees. */
  draft?: boolean | null | undefined;
  /** WGS84; give longitude too. */
  latitude?: number | null | undefined;
  /** WGS84; give latitude too. */
  longitude?: number | null | undefined;
  /** A UUID the client picks once per submission (a form shows it in a hidden field): sending the same submission again (a double click, a retry) returns the proposal it made instead of a second one. */
  submissionId?: string | number | null | undefined;
  /** 10 to 150 characters. */
  title: string;
};

/** GREEDY: most votes first while money lasts (skipping projects that no longer fit); GREEDY_NO_SKIP: the same, stopping at the first project that does not fit (as many cities do); EQUAL_SHARES: Method of Equal Shares (with ADD1 completion unless disabled); SEQUENTIAL_PHRAGMEN. */
export type TallyRule =
  | 'EQUAL_SHARES'
  | 'GREEDY'
  | 'GREEDY_NO_SKIP'
  | 'SEQUENTIAL_PHRAGMEN';

export type TrackedItemSource =
  | 'BUDGET_PROJECT'
  | 'PROPOSAL';

export type TrackedItemStatus =
  | 'ABANDONED'
  | 'DONE'
  | 'IN_STUDY'
  | 'IN_WORKS'
  | 'PLANNED';

export type UnfollowIssueReportInput = {
  reportId: string | number;
};

export type UpdateMyAccountInput = {
  /** The name shown next to my contributions; 2 to 80 printable characters. */
  displayName: string;
};

export type UpdateMyMailPreferencesInput = {
  /** Vote confirmations and replacement notices. */
  ballots: boolean;
  /** Staff: the team's daily digest; unchanged when absent. */
  digest?: boolean | null | undefined;
  /** News of what I follow: proposals, budgets, issue reports, projects under way. */
  follows: boolean;
  /** Acknowledgments and status changes of my issue reports. */
  reports: boolean;
};

/** The submission's fields, each optional: omitted fields stay; null clears an optional one. */
export type UpdateProposalInput = {
  address?: string | null | undefined;
  /** Markdown, up to 10,000 characters. */
  body?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  districtId?: string | number | null | undefined;
  /** WGS84; give longitude too. */
  latitude?: number | null | undefined;
  /** WGS84; give latitude too. */
  longitude?: number | null | undefined;
  proposalId: string | number;
  /** 10 to 150 characters. */
  title?: string | null | undefined;
};

export type VerifyResidencyInput = {
  /** The identifier printed on the voter card (or the census the town hall imported). */
  censusCode: string;
};

export type WithdrawProposalInput = {
  proposalId: string | number;
  /** Shown to residents with the withdrawn proposal. */
  reason: string;
};

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { user: { id: string } } };

export type SignUpMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SignUpMutation = { register: { user: { id: string } } };

export type VerifyResidencyMutationVariables = Exact<{
  input: VerifyResidencyInput;
}>;


export type VerifyResidencyMutation = { verifyResidency: { verified: boolean } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { email: string, displayName: string, verified: boolean, role: Role } | null, myDataExport: { status: DataExportStatus, requestedAt: string, expiresAt: string | null, downloadPath: string | null } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type UpdateMyAccountMutationVariables = Exact<{
  input: UpdateMyAccountInput;
}>;


export type UpdateMyAccountMutation = { updateMyAccount: { displayName: string } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { user: { id: string } } };

export type RequestMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyDataMutation = { requestMyData: { status: DataExportStatus } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type MyMailPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMailPreferencesQuery = { me: { email: string, displayName: string, verified: boolean, role: Role } | null, myMailPreferences: { ballots: boolean, reports: boolean, follows: boolean, digest: boolean, blocked: boolean }, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type UpdateMyMailPreferencesMutationVariables = Exact<{
  input: UpdateMyMailPreferencesInput;
}>;


export type UpdateMyMailPreferencesMutation = { updateMyMailPreferences: { blocked: boolean } };

export type BudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetsQuery = { openBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, ballotType: BallotType, votingOpensAt: string, votingClosesAt: string } }> }, closedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, talliedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, publishedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, publishedAt: string | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type BudgetProjectFieldsFragment = { id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean };

export type BudgetDetailsFragment = { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> };

export type BudgetQueryVariables = Exact<{
  id: string | number;
  signedIn: boolean;
}>;


export type BudgetQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, budget: { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, myBallot?: { receipt: string, projectIds: Array<string>, ranking: Array<string>, points: Array<{ projectId: string, points: number }> } | null, me: { displayName: string, role: Role, verified: boolean } | null };

export type BudgetResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetResultsQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, budget: { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, projects: Array<{ id: string, votes: number | null, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, turnout: { ballots: number, verifiedResidents: number, censusSize: number, shareOfCensus: number | null, shareOfVerified: number | null }, result: { rule: TallyRule, add1Completion: boolean, ballotCount: number, totalCost: number, computedAt: string, ballotsDigest: string, ballotsMerkleRoot: string | null, winners: Array<{ id: string }>, comparison: { rule: TallyRule, totalCost: number, winners: Array<{ id: string }>, explanation: { figures: { votersWithFunded: number, shareWithFunded: number, averageFunded: number }, equalShares: { perVoterBudget: number, add1Increment: number | null, rounds: number, projects: Array<{ outcome: ProjectOutcome, round: number | null, supportersHeld: number | null, maxPayment: number | null, effectiveVotes: number | null, droppedAtRound: number | null, effectiveSupport: number | null, project: { id: string }, payments: Array<{ amount: number, voters: number, paidAll: boolean }> }> } | null, greedy: Array<{ funded: boolean, position: number, moneyLeft: number | null, project: { id: string }, takenBy: { id: string } | null }> | null } | null }, explanation: { figures: { votersWithFunded: number, shareWithFunded: number, averageFunded: number }, equalShares: { perVoterBudget: number, add1Increment: number | null, rounds: number, projects: Array<{ outcome: ProjectOutcome, round: number | null, supportersHeld: number | null, maxPayment: number | null, effectiveVotes: number | null, droppedAtRound: number | null, effectiveSupport: number | null, project: { id: string }, payments: Array<{ amount: number, voters: number, paidAll: boolean }> }> } | null, greedy: Array<{ funded: boolean, position: number, moneyLeft: number | null, project: { id: string }, takenBy: { id: string } | null }> | null } | null } | null, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, winnersProgress: { edges: Array<{ node: { id: string, title: string, status: TrackedItemStatus, progressPercent: number } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type RuleExplanationDetailsFragment = { figures: { votersWithFunded: number, shareWithFunded: number, averageFunded: number }, equalShares: { perVoterBudget: number, add1Increment: number | null, rounds: number, projects: Array<{ outcome: ProjectOutcome, round: number | null, supportersHeld: number | null, maxPayment: number | null, effectiveVotes: number | null, droppedAtRound: number | null, effectiveSupport: number | null, project: { id: string }, payments: Array<{ amount: number, voters: number, paidAll: boolean }> }> } | null, greedy: Array<{ funded: boolean, position: number, moneyLeft: number | null, project: { id: string }, takenBy: { id: string } | null }> | null };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { castBallot: { receipt: string } };

export type ReceiptCheckQueryVariables = Exact<{
  receipt: string;
}>;


export type ReceiptCheckQuery = { ballotReceipt: { budgetId: string, ballotLine: string, leafIndex: number, treeSize: number, proof: Array<string>, merkleRoot: string | null, ballot: { projectIds: Array<string>, ranking: Array<string>, points: Array<{ projectId: string, points: number }> } }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type ReceiptBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceiptBudgetQuery = { budget: { id: string, title: string, projects: Array<{ id: string, title: string }> } };

export type ConsultationSummaryFragment = { id: string, title: string, districtId: string | null, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, figures: { proposals: number, supports: number, participants: number } };

export type ConsultationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultationsQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultations: { totalCount: number, edges: Array<{ node: { id: string, title: string, districtId: string | null, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, figures: { proposals: number, supports: number, participants: number } } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type ConsultationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { descriptionHtml: string, supportLimit: number, supportThreshold: number, id: string, title: string, districtId: string | null, currentPhase: PhaseKind | null, categories: Array<{ id: string, name: string }>, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, figures: { proposals: number, supports: number, participants: number } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { consultations: { edges: Array<{ node: { id: string, title: string, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, endsAt: string }> } }> }, openBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, publishedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, publishedAt: string | null, turnout: { ballots: number } } }> }, issueReports: { edges: Array<{ node: { id: string, status: IssueReportStatus, address: string | null, districtName: string | null, createdAt: string, category: { name: string } } }> }, keyFigures: { participants: number, proposals: number, supports: number, ballots: number, issueReports: number, fixedIssueReports: number }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LayoutDataFragment = { me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type LayoutQuery = { me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LegalQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalQuery = { legalMunicipality: { siren: string, legal: { publisherName: string, publisherAddress: string, publisherPhone: string | null, publisherEmail: string, publicationDirector: string, hostName: string, hostAddress: string, hostPhone: string | null, dpoName: string | null, dpoEmail: string, dpoAddress: string | null, accessibilityConformity: AccessibilityConformity, accessibilityScore: number | null, accessibilityAuditDate: string | null, accessibilityAuditor: string | null, accessibilityNonCompliances: Array<string>, accessibilityDerogations: Array<string>, accessibilityContactEmail: string, accessibilityStatementDate: string } | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type MyProposalItemFragment = { id: string, title: string, status: ProposalStatus, editable: boolean, hidden: boolean, supportCount: number, supportThreshold: number, createdAt: string, publishedAt: string | null };

export type MyProposalsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyProposalsQuery = { myProposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, editable: boolean, hidden: boolean, supportCount: number, supportThreshold: number, createdAt: string, publishedAt: string | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type MySupportsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MySupportsQuery = { mySupports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, editable: boolean, hidden: boolean, supportCount: number, supportThreshold: number, createdAt: string, publishedAt: string | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type ProposalFormOptionsFragment = { consultation: { id: string, title: string, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, categories: Array<{ id: string, name: string }> }, municipality: { districts: Array<{ id: string, name: string }> } };

export type NewProposalQueryVariables = Exact<{
  consultationId: string | number;
}>;


export type NewProposalQuery = { me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { id: string, title: string, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, categories: Array<{ id: string, name: string }> } };

export type EditedProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type EditedProposalQuery = { me: { id: string } | null, proposal: { id: string, consultationId: string, title: string, body: string, status: ProposalStatus, editable: boolean, supportCount: number, districtId: string | null, address: string | null, author: { id: string }, category: { id: string } | null } };

export type PreviewProposalBodyQueryVariables = Exact<{
  body: string;
}>;


export type PreviewProposalBodyQuery = { previewProposalBody: string };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { id: string, status: ProposalStatus } };

export type UpdateProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;


export type UpdateProposalMutation = { updateProposal: { id: string, status: ProposalStatus } };

export type PublishProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishProposalMutation = { publishProposal: { id: string, status: ProposalStatus } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { id: string, status: ProposalStatus } };

export type ProposalCardFragment = { id: string, title: string, body: string, status: ProposalStatus, supportCount: number, supportThreshold: number, thresholdReached: boolean, publishedAt: string | null, author: { displayName: string } };

export type ProposalsQueryVariables = Exact<{
  consultationId: string | number;
  filter?: ProposalFilterInput | null | undefined;
  orderBy: ProposalOrder;
  seed?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposalsQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { id: string, title: string, currentPhase: PhaseKind | null, categories: Array<{ id: string, name: string }> }, proposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: string, status: ProposalStatus, supportCount: number, supportThreshold: number, thresholdReached: boolean, publishedAt: string | null, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type CommentFieldsFragment = { id: string, bodyHtml: string, createdAt: string, author: { displayName: string } };

export type ProposalQueryVariables = Exact<{
  id: string | number;
  consultationId: string | number;
  commentOrder: CommentOrder;
  after?: string | null | undefined;
  signedIn: boolean;
}>;


export type ProposalQuery = { viewer?: { id: string } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, proposal: { id: string, title: string, bodyHtml: string, status: ProposalStatus, address: string | null, districtId: string | null, createdAt: string, publishedAt: string | null, supportCount: number, supportThreshold: number, thresholdReached: boolean, supportedByMe: boolean, editable: boolean, hidden: boolean, withdrawalReason: string | null, category: { name: string } | null, author: { id: string, displayName: string }, answer: { status: AnswerStatus, answerHtml: string, publishedAt: string | null } | null }, consultation: { id: string, title: string, currentPhase: PhaseKind | null, supportLimit: number, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }> }, comments: { totalCount: number, edges: Array<{ node: { id: string, bodyHtml: string, createdAt: string, replies: Array<{ id: string, bodyHtml: string, createdAt: string, author: { displayName: string } }>, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type ProposalConsultationQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalConsultationQuery = { proposal: { id: string, title: string, consultationId: string }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type SupportProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportProposalMutation = { supportProposal: { id: string } };

export type WithdrawSupportMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawSupportMutation = { withdrawSupport: { id: string } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type ReportContentMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ReportContentMutation = { reportContent: boolean };

export type NewReportQueryVariables = Exact<{ [key: string]: never; }>;


export type NewReportQuery = { reportCategories: Array<{ code: string, name: string, description: string, group: string, attributes: Array<{ code: string, datatype: Open311Datatype, required: boolean, order: number, description: string, datatypeDescription: string | null, values: Array<{ key: string, name: string }> }> }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type NearbySameCategoryQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  categoryCode: string;
}>;


export type NearbySameCategoryQuery = { nearbyReports: Array<{ id: string, description: string, address: string | null, status: IssueReportStatus, distanceMeters: number | null, createdAt: string }> };

export type SubmitIssueReportMutationVariables = Exact<{
  input: SubmitIssueReportInput;
}>;


export type SubmitIssueReportMutation = { submitIssueReport: { id: string } };

export type IssueReportPageQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueReportPageQuery = { issueReport: { id: string, description: string, latitude: number, longitude: number, address: string | null, districtName: string | null, status: IssueReportStatus, attributes: Record<string, unknown>, createdAt: string, updatedAt: string, followedByMe: boolean, category: { code: string, name: string, attributes: Array<{ code: string, description: string, datatype: Open311Datatype, values: Array<{ key: string, name: string }> }> }, photos: Array<{ id: string, url: string, width: number, height: number }>, updates: Array<{ id: string, status: IssueReportStatus, note: string, createdAt: string }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type ReportListItemFragment = { id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, category: { code: string, name: string } };

export type IssueReportsQueryVariables = Exact<{
  categoryCodes?: Array<string> | string | null | undefined;
  statuses?: Array<IssueReportStatus> | IssueReportStatus | null | undefined;
  districtId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type IssueReportsQuery = { reportCategories: Array<{ code: string, name: string, group: string }>, municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, issueReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, category: { code: string, name: string } } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type MyIssueReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIssueReportsQuery = { myReports: Array<{ id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, category: { code: string, name: string } }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type FollowIssueReportMutationVariables = Exact<{
  input: FollowIssueReportInput;
}>;


export type FollowIssueReportMutation = { followIssueReport: boolean };

export type UnfollowIssueReportMutationVariables = Exact<{
  input: UnfollowIssueReportInput;
}>;


export type UnfollowIssueReportMutation = { unfollowIssueReport: boolean };

export type SearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchQuery = { searchProposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string | null, supportCount: number, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffAuditLogQueryVariables = Exact<{
  action?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAuditLogQuery = { auditHead: { sequence: number, hash: string }, auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sequence: string, occurredAt: string, action: string, actorKind: string, subjectType: string, subjectId: string | null, isPublic: boolean, hash: string } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffBudgetsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffBudgetsQuery = { budgets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: BudgetStatus, totalAmount: number, votingOpensAt: string, votingClosesAt: string } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffBudgetQuery = { budget: { id: string, title: string, description: string, status: BudgetStatus, ballotType: BallotType, tallyRule: TallyRule, totalAmount: number, votingOpensAt: string, votingClosesAt: string, tallyError: string | null, projects: Array<{ id: string, title: string, cost: number, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, result: { rule: TallyRule, ballotCount: number, totalCost: number, winners: Array<{ id: string, title: string, cost: number, votes: number | null }>, comparison: { rule: TallyRule, totalCost: number, winners: Array<{ id: string, title: string, cost: number }> } } | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffCreateBudgetMutationVariables = Exact<{
  input: CreateBudgetInput;
}>;


export type StaffCreateBudgetMutation = { createBudget: { id: string } };

export type StaffAddBudgetProjectMutationVariables = Exact<{
  input: AddBudgetProjectInput;
}>;


export type StaffAddBudgetProjectMutation = { addBudgetProject: { id: string } };

export type StaffSetFeasibilityMutationVariables = Exact<{
  input: SetProjectFeasibilityInput;
}>;


export type StaffSetFeasibilityMutation = { setBudgetProjectFeasibility: { id: string } };

export type StaffOpenVotingMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffOpenVotingMutation = { openVoting: { id: string } };

export type StaffCloseVotingMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffCloseVotingMutation = { closeVoting: { id: string } };

export type StaffRetryTallyMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRetryTallyMutation = { retryTally: { id: string } };

export type StaffPublishResultMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffPublishResultMutation = { publishResult: { id: string } };

export type StaffRescheduleVotingMutationVariables = Exact<{
  input: RescheduleVotingInput;
}>;


export type StaffRescheduleVotingMutation = { rescheduleVoting: { id: string } };

export type StaffImportCensusMutationVariables = Exact<{
  input: ImportCensusInput;
}>;


export type StaffImportCensusMutation = { importCensus: { importId: string, added: number, alreadyPresent: number, malformed: number, refusedLines: Array<{ line: number, problem: CensusLineProblem }> } };

export type StaffModerationQueueQueryVariables = Exact<{
  hidden?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, targetType: ContentType, targetId: string, excerpt: string | null, hidden: boolean, pendingReview: boolean, reviewedAt: string | null, reportCount: number, reportsFromNewAccounts: number, reasons: Array<{ reason: ReportReason, count: number }>, reports: Array<{ reason: ReportReason, details: string | null, reportedAt: string, fromNewAccount: boolean }> } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffHideContentMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffHideContentMutation = { hideContent: boolean };

export type StaffRestoreContentMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffRestoreContentMutation = { restoreContent: boolean };

export type StaffDismissReportsMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffDismissReportsMutation = { dismissReports: boolean };

export type StaffBlockAuthorMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffBlockAuthorMutation = { blockAuthor: boolean };

export type StaffHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHomeQuery = { moderationQueue: { totalCount: number }, hiddenContent: { totalCount: number }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type TrackedItemsQueryVariables = Exact<{
  statuses?: Array<TrackedItemStatus> | TrackedItemStatus | null | undefined;
  districtId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrackedItemsQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: TrackedItemStatus, progressPercent: number, districtId: string | null, year: number, department: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type TrackedItemQueryVariables = Exact<{
  id: string | number;
}>;


export type TrackedItemQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItem: { id: string, title: string, sourceType: TrackedItemSource, budgetId: string | null, districtId: string | null, year: number, status: TrackedItemStatus, abandonReason: string | null, progressPercent: number, plannedStartOn: string | null, plannedEndOn: string | null, actualStartOn: string | null, actualEndOn: string | null, committedCents: number, spentCents: number, department: string | null, updatedAt: string, followedByMe: boolean, updates: Array<{ id: string, body: string, occurredOn: string, status: TrackedItemStatus, progressPercent: number }>, deliberations: Array<{ id: string, delibId: string, delibDate: string, objet: string, url: string | null, votePour: number | null, voteContre: number | null, voteAbstention: number | null }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type FollowTrackedItemMutationVariables = Exact<{
  input: FollowTrackedItemInput;
}>;


export type FollowTrackedItemMutation = { followTrackedItem: { id: string, followedByMe: boolean } };

export type MyTrackingNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrackingNotificationsQuery = { myTrackingNotifications: Array<{ itemTitle: string, update: { id: string, trackedItemId: string, body: string, occurredOn: string, status: TrackedItemStatus, progressPercent: number } }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BudgetProjectFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"BudgetProjectFields"}) as unknown as TypedDocumentString<BudgetProjectFieldsFragment, unknown>;
export const BudgetDetailsFragmentDoc = new TypedDocumentString(`
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
  projects {
    ...BudgetProjectFields
  }
  unfeasibleProjects {
    ...BudgetProjectFields
  }
}
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
}`, {"fragmentName":"BudgetDetails"}) as unknown as TypedDocumentString<BudgetDetailsFragment, unknown>;
export const RuleExplanationDetailsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RuleExplanationDetails"}) as unknown as TypedDocumentString<RuleExplanationDetailsFragment, unknown>;
export const ConsultationSummaryFragmentDoc = new TypedDocumentString(`
    fragment ConsultationSummary on Consultation {
  id
  title
  districtId
  currentPhase
  phases {
    kind
    startsAt
    endsAt
  }
  figures {
    proposals
    supports
    participants
  }
}
    `, {"fragmentName":"ConsultationSummary"}) as unknown as TypedDocumentString<ConsultationSummaryFragment, unknown>;
export const LayoutDataFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"LayoutData"}) as unknown as TypedDocumentString<LayoutDataFragment, unknown>;
export const MyProposalItemFragmentDoc = new TypedDocumentString(`
    fragment MyProposalItem on Proposal {
  id
  title
  status
  editable
  hidden
  supportCount
  supportThreshold
  createdAt
  publishedAt
}
    `, {"fragmentName":"MyProposalItem"}) as unknown as TypedDocumentString<MyProposalItemFragment, unknown>;
export const ProposalFormOptionsFragmentDoc = new TypedDocumentString(`
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
  municipality {
    districts {
      id
      name
    }
  }
}
    `, {"fragmentName":"ProposalFormOptions"}) as unknown as TypedDocumentString<ProposalFormOptionsFragment, unknown>;
export const ProposalCardFragmentDoc = new TypedDocumentString(`
    fragment ProposalCard on Proposal {
  id
  title
  body
  status
  supportCount
  supportThreshold
  thresholdReached
  publishedAt
  author {
    displayName
  }
}
    `, {"fragmentName":"ProposalCard"}) as unknown as TypedDocumentString<ProposalCardFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  bodyHtml
  createdAt
  author {
    displayName
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const ReportListItemFragmentDoc = new TypedDocumentString(`
    fragment ReportListItem on IssueReport {
  id
  description
  address
  latitude
  longitude
  districtName
  status
  createdAt
  category {
    code
    name
  }
}
    `, {"fragmentName":"ReportListItem"}) as unknown as TypedDocumentString<ReportListItemFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: RegisterInput!) {
  register(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const VerifyResidencyDocument = new TypedDocumentString(`
    mutation VerifyResidency($input: VerifyResidencyInput!) {
  verifyResidency(input: $input) {
    verified
  }
}
    `) as unknown as TypedDocumentString<VerifyResidencyMutation, VerifyResidencyMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const UpdateMyAccountDocument = new TypedDocumentString(`
    mutation UpdateMyAccount($input: UpdateMyAccountInput!) {
  updateMyAccount(input: $input) {
    displayName
  }
}
    `) as unknown as TypedDocumentString<UpdateMyAccountMutation, UpdateMyAccountMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestMyDataDocument = new TypedDocumentString(`
    mutation RequestMyData {
  requestMyData {
    status
  }
}
    `) as unknown as TypedDocumentString<RequestMyDataMutation, RequestMyDataMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const MyMailPreferencesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyMailPreferencesQuery, MyMailPreferencesQueryVariables>;
export const UpdateMyMailPreferencesDocument = new TypedDocumentString(`
    mutation UpdateMyMailPreferences($input: UpdateMyMailPreferencesInput!) {
  updateMyMailPreferences(input: $input) {
    blocked
  }
}
    `) as unknown as TypedDocumentString<UpdateMyMailPreferencesMutation, UpdateMyMailPreferencesMutationVariables>;
export const BudgetsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<BudgetsQuery, BudgetsQueryVariables>;
export const BudgetDocument = new TypedDocumentString(`
    query Budget($id: ID!, $signedIn: Boolean!) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
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
  projects {
    ...BudgetProjectFields
  }
  unfeasibleProjects {
    ...BudgetProjectFields
  }
}
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
}`) as unknown as TypedDocumentString<BudgetQuery, BudgetQueryVariables>;
export const BudgetResultsDocument = new TypedDocumentString(`
    query BudgetResults($id: ID!) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
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
  projects {
    ...BudgetProjectFields
  }
  unfeasibleProjects {
    ...BudgetProjectFields
  }
}
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
}`) as unknown as TypedDocumentString<BudgetResultsQuery, BudgetResultsQueryVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($input: CastBallotInput!) {
  castBallot(input: $input) {
    receipt
  }
}
    `) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const ReceiptCheckDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ReceiptCheckQuery, ReceiptCheckQueryVariables>;
export const ReceiptBudgetDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReceiptBudgetQuery, ReceiptBudgetQueryVariables>;
export const ConsultationsDocument = new TypedDocumentString(`
    query Consultations {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
  consultations(first: 100) {
    totalCount
    edges {
      node {
        ...ConsultationSummary
      }
    }
  }
}
    fragment ConsultationSummary on Consultation {
  id
  title
  districtId
  currentPhase
  phases {
    kind
    startsAt
    endsAt
  }
  figures {
    proposals
    supports
    participants
  }
}
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
}`) as unknown as TypedDocumentString<ConsultationsQuery, ConsultationsQueryVariables>;
export const ConsultationDocument = new TypedDocumentString(`
    query Consultation($id: ID!) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
  consultation(id: $id) {
    ...ConsultationSummary
    descriptionHtml
    supportLimit
    supportThreshold
    categories {
      id
      name
    }
  }
}
    fragment ConsultationSummary on Consultation {
  id
  title
  districtId
  currentPhase
  phases {
    kind
    startsAt
    endsAt
  }
  figures {
    proposals
    supports
    participants
  }
}
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
}`) as unknown as TypedDocumentString<ConsultationQuery, ConsultationQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  ...LayoutData
  consultations(first: 20) {
    edges {
      node {
        id
        title
        currentPhase
        phases {
          kind
          endsAt
        }
      }
    }
  }
  openBudgets: budgets(status: OPEN, first: 10) {
    edges {
      node {
        id
        title
        totalAmount
        votingClosesAt
      }
    }
  }
  publishedBudgets: budgets(status: PUBLISHED, first: 5) {
    edges {
      node {
        id
        title
        totalAmount
        publishedAt
        turnout {
          ballots
        }
      }
    }
  }
  issueReports(first: 5) {
    edges {
      node {
        id
        status
        address
        districtName
        createdAt
        category {
          name
        }
      }
    }
  }
  keyFigures {
    participants
    proposals
    supports
    ballots
    issueReports
    fixedIssueReports
  }
}
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
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const LayoutDocument = new TypedDocumentString(`
    query Layout {
  ...LayoutData
}
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
}`) as unknown as TypedDocumentString<LayoutQuery, LayoutQueryVariables>;
export const LegalDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<LegalQuery, LegalQueryVariables>;
export const MyProposalsDocument = new TypedDocumentString(`
    query MyProposals($after: String) {
  ...LayoutData
  myProposals(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...MyProposalItem
      }
    }
  }
}
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
fragment MyProposalItem on Proposal {
  id
  title
  status
  editable
  hidden
  supportCount
  supportThreshold
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<MyProposalsQuery, MyProposalsQueryVariables>;
export const MySupportsDocument = new TypedDocumentString(`
    query MySupports($after: String) {
  ...LayoutData
  mySupports(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...MyProposalItem
      }
    }
  }
}
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
fragment MyProposalItem on Proposal {
  id
  title
  status
  editable
  hidden
  supportCount
  supportThreshold
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<MySupportsQuery, MySupportsQueryVariables>;
export const NewProposalDocument = new TypedDocumentString(`
    query NewProposal($consultationId: ID!) {
  ...LayoutData
  ...ProposalFormOptions
}
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
  municipality {
    districts {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<NewProposalQuery, NewProposalQueryVariables>;
export const EditedProposalDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EditedProposalQuery, EditedProposalQueryVariables>;
export const PreviewProposalBodyDocument = new TypedDocumentString(`
    query PreviewProposalBody($body: String!) {
  previewProposalBody(body: $body)
}
    `) as unknown as TypedDocumentString<PreviewProposalBodyQuery, PreviewProposalBodyQueryVariables>;
export const SubmitProposalDocument = new TypedDocumentString(`
    mutation SubmitProposal($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const UpdateProposalDocument = new TypedDocumentString(`
    mutation UpdateProposal($input: UpdateProposalInput!) {
  updateProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateProposalMutation, UpdateProposalMutationVariables>;
export const PublishProposalDocument = new TypedDocumentString(`
    mutation PublishProposal($id: ID!) {
  publishProposal(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishProposalMutation, PublishProposalMutationVariables>;
export const WithdrawProposalDocument = new TypedDocumentString(`
    mutation WithdrawProposal($input: WithdrawProposalInput!) {
  withdrawProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($consultationId: ID!, $filter: ProposalFilterInput, $orderBy: ProposalOrder!, $seed: Float, $after: String) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
  consultation(id: $consultationId) {
    id
    title
    currentPhase
    categories {
      id
      name
    }
  }
  proposals(
    consultationId: $consultationId
    filter: $filter
    orderBy: $orderBy
    seed: $seed
    after: $after
    first: 20
  ) {
    totalCount
    edges {
      node {
        ...ProposalCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
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
fragment ProposalCard on Proposal {
  id
  title
  body
  status
  supportCount
  supportThreshold
  thresholdReached
  publishedAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalDocument = new TypedDocumentString(`
    query Proposal($id: ID!, $consultationId: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {
  ...LayoutData
  viewer: me @include(if: $signedIn) {
    id
  }
  municipality {
    districts {
      id
      name
    }
  }
  proposal(id: $id) {
    id
    title
    bodyHtml
    status
    address
    districtId
    createdAt
    publishedAt
    supportCount
    supportThreshold
    thresholdReached
    supportedByMe
    editable
    hidden
    withdrawalReason
    category {
      name
    }
    author {
      id
      displayName
    }
    answer {
      status
      answerHtml
      publishedAt
    }
  }
  consultation(id: $consultationId) {
    id
    title
    currentPhase
    supportLimit
    phases {
      kind
      startsAt
      endsAt
    }
  }
  comments(proposalId: $id, orderBy: $commentOrder, after: $after, first: 20) {
    totalCount
    edges {
      node {
        ...CommentFields
        replies {
          ...CommentFields
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
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
fragment CommentFields on Comment {
  id
  bodyHtml
  createdAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<ProposalQuery, ProposalQueryVariables>;
export const ProposalConsultationDocument = new TypedDocumentString(`
    query ProposalConsultation($id: ID!) {
  ...LayoutData
  proposal(id: $id) {
    id
    title
    consultationId
  }
}
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
}`) as unknown as TypedDocumentString<ProposalConsultationQuery, ProposalConsultationQueryVariables>;
export const SupportProposalDocument = new TypedDocumentString(`
    mutation SupportProposal($id: ID!) {
  supportProposal(proposalId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportProposalMutation, SupportProposalMutationVariables>;
export const WithdrawSupportDocument = new TypedDocumentString(`
    mutation WithdrawSupport($id: ID!) {
  withdrawSupport(proposalId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const ReportContentDocument = new TypedDocumentString(`
    mutation ReportContent($input: ReportContentInput!) {
  reportContent(input: $input)
}
    `) as unknown as TypedDocumentString<ReportContentMutation, ReportContentMutationVariables>;
export const NewReportDocument = new TypedDocumentString(`
    query NewReport {
  ...LayoutData
  reportCategories {
    code
    name
    description
    group
    attributes {
      code
      datatype
      required
      order
      description
      datatypeDescription
      values {
        key
        name
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<NewReportQuery, NewReportQueryVariables>;
export const NearbySameCategoryDocument = new TypedDocumentString(`
    query NearbySameCategory($latitude: Float!, $longitude: Float!, $categoryCode: String!) {
  nearbyReports(
    latitude: $latitude
    longitude: $longitude
    categoryCode: $categoryCode
    radiusMeters: 250
    limit: 10
  ) {
    id
    description
    address
    status
    distanceMeters
    createdAt
  }
}
    `) as unknown as TypedDocumentString<NearbySameCategoryQuery, NearbySameCategoryQueryVariables>;
export const SubmitIssueReportDocument = new TypedDocumentString(`
    mutation SubmitIssueReport($input: SubmitIssueReportInput!) {
  submitIssueReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitIssueReportMutation, SubmitIssueReportMutationVariables>;
export const IssueReportPageDocument = new TypedDocumentString(`
    query IssueReportPage($id: ID!) {
  ...LayoutData
  issueReport(id: $id) {
    id
    description
    latitude
    longitude
    address
    districtName
    status
    attributes
    createdAt
    updatedAt
    followedByMe
    category {
      code
      name
      attributes {
        code
        description
        datatype
        values {
          key
          name
        }
      }
    }
    photos {
      id
      url
      width
      height
    }
    updates {
      id
      status
      note
      createdAt
    }
  }
}
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
}`) as unknown as TypedDocumentString<IssueReportPageQuery, IssueReportPageQueryVariables>;
export const IssueReportsDocument = new TypedDocumentString(`
    query IssueReports($categoryCodes: [String!], $statuses: [IssueReportStatus!], $districtId: ID, $after: String) {
  ...LayoutData
  reportCategories {
    code
    name
    group
  }
  municipality {
    districts {
      id
      name
    }
  }
  issueReports(
    first: 20
    after: $after
    categoryCodes: $categoryCodes
    statuses: $statuses
    districtId: $districtId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ReportListItem
      }
    }
  }
}
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
fragment ReportListItem on IssueReport {
  id
  description
  address
  latitude
  longitude
  districtName
  status
  createdAt
  category {
    code
    name
  }
}`) as unknown as TypedDocumentString<IssueReportsQuery, IssueReportsQueryVariables>;
export const MyIssueReportsDocument = new TypedDocumentString(`
    query MyIssueReports {
  ...LayoutData
  myReports {
    ...ReportListItem
  }
}
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
fragment ReportListItem on IssueReport {
  id
  description
  address
  latitude
  longitude
  districtName
  status
  createdAt
  category {
    code
    name
  }
}`) as unknown as TypedDocumentString<MyIssueReportsQuery, MyIssueReportsQueryVariables>;
export const FollowIssueReportDocument = new TypedDocumentString(`
    mutation FollowIssueReport($input: FollowIssueReportInput!) {
  followIssueReport(input: $input)
}
    `) as unknown as TypedDocumentString<FollowIssueReportMutation, FollowIssueReportMutationVariables>;
export const UnfollowIssueReportDocument = new TypedDocumentString(`
    mutation UnfollowIssueReport($input: UnfollowIssueReportInput!) {
  unfollowIssueReport(input: $input)
}
    `) as unknown as TypedDocumentString<UnfollowIssueReportMutation, UnfollowIssueReportMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $after: String) {
  ...LayoutData
  searchProposals(query: $query, first: 20, after: $after) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        supportCount
        author {
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
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
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StaffAuditLogDocument = new TypedDocumentString(`
    query StaffAuditLog($action: String, $after: String) {
  ...LayoutData
  auditHead {
    sequence
    hash
  }
  auditLog(action: $action, after: $after, first: 50) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        sequence
        occurredAt
        action
        actorKind
        subjectType
        subjectId
        isPublic
        hash
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<StaffAuditLogQuery, StaffAuditLogQueryVariables>;
export const StaffBudgetsDocument = new TypedDocumentString(`
    query StaffBudgets($after: String) {
  ...LayoutData
  budgets(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        totalAmount
        votingOpensAt
        votingClosesAt
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<StaffBudgetsQuery, StaffBudgetsQueryVariables>;
export const StaffBudgetDocument = new TypedDocumentString(`
    query StaffBudget($id: ID!) {
  ...LayoutData
  budget(id: $id) {
    id
    title
    description
    status
    ballotType
    tallyRule
    totalAmount
    votingOpensAt
    votingClosesAt
    tallyError
    projects {
      id
      title
      cost
      feasibility
      feasibilityExplanation
      onBallot
    }
    result {
      rule
      ballotCount
      totalCost
      winners {
        id
        title
        cost
        votes
      }
      comparison {
        rule
        totalCost
        winners {
          id
          title
          cost
        }
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<StaffBudgetQuery, StaffBudgetQueryVariables>;
export const StaffCreateBudgetDocument = new TypedDocumentString(`
    mutation StaffCreateBudget($input: CreateBudgetInput!) {
  createBudget(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffCreateBudgetMutation, StaffCreateBudgetMutationVariables>;
export const StaffAddBudgetProjectDocument = new TypedDocumentString(`
    mutation StaffAddBudgetProject($input: AddBudgetProjectInput!) {
  addBudgetProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAddBudgetProjectMutation, StaffAddBudgetProjectMutationVariables>;
export const StaffSetFeasibilityDocument = new TypedDocumentString(`
    mutation StaffSetFeasibility($input: SetProjectFeasibilityInput!) {
  setBudgetProjectFeasibility(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffSetFeasibilityMutation, StaffSetFeasibilityMutationVariables>;
export const StaffOpenVotingDocument = new TypedDocumentString(`
    mutation StaffOpenVoting($id: ID!) {
  openVoting(budgetId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffOpenVotingMutation, StaffOpenVotingMutationVariables>;
export const StaffCloseVotingDocument = new TypedDocumentString(`
    mutation StaffCloseVoting($id: ID!) {
  closeVoting(budgetId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffCloseVotingMutation, StaffCloseVotingMutationVariables>;
export const StaffRetryTallyDocument = new TypedDocumentString(`
    mutation StaffRetryTally($id: ID!) {
  retryTally(budgetId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffRetryTallyMutation, StaffRetryTallyMutationVariables>;
export const StaffPublishResultDocument = new TypedDocumentString(`
    mutation StaffPublishResult($id: ID!) {
  publishResult(budgetId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffPublishResultMutation, StaffPublishResultMutationVariables>;
export const StaffRescheduleVotingDocument = new TypedDocumentString(`
    mutation StaffRescheduleVoting($input: RescheduleVotingInput!) {
  rescheduleVoting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffRescheduleVotingMutation, StaffRescheduleVotingMutationVariables>;
export const StaffImportCensusDocument = new TypedDocumentString(`
    mutation StaffImportCensus($input: ImportCensusInput!) {
  importCensus(input: $input) {
    importId
    added
    alreadyPresent
    malformed
    refusedLines {
      line
      problem
    }
  }
}
    `) as unknown as TypedDocumentString<StaffImportCensusMutation, StaffImportCensusMutationVariables>;
export const StaffModerationQueueDocument = new TypedDocumentString(`
    query StaffModerationQueue($hidden: Boolean, $after: String) {
  ...LayoutData
  moderationQueue(hidden: $hidden, after: $after, first: 20) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        targetType
        targetId
        excerpt
        hidden
        pendingReview
        reviewedAt
        reportCount
        reportsFromNewAccounts
        reasons {
          reason
          count
        }
        reports {
          reason
          details
          reportedAt
          fromNewAccount
        }
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<StaffModerationQueueQuery, StaffModerationQueueQueryVariables>;
export const StaffHideContentDocument = new TypedDocumentString(`
    mutation StaffHideContent($id: ID!) {
  hideContent(moderationId: $id)
}
    `) as unknown as TypedDocumentString<StaffHideContentMutation, StaffHideContentMutationVariables>;
export const StaffRestoreContentDocument = new TypedDocumentString(`
    mutation StaffRestoreContent($id: ID!) {
  restoreContent(moderationId: $id)
}
    `) as unknown as TypedDocumentString<StaffRestoreContentMutation, StaffRestoreContentMutationVariables>;
export const StaffDismissReportsDocument = new TypedDocumentString(`
    mutation StaffDismissReports($id: ID!) {
  dismissReports(moderationId: $id)
}
    `) as unknown as TypedDocumentString<StaffDismissReportsMutation, StaffDismissReportsMutationVariables>;
export const StaffBlockAuthorDocument = new TypedDocumentString(`
    mutation StaffBlockAuthor($id: ID!) {
  blockAuthor(moderationId: $id)
}
    `) as unknown as TypedDocumentString<StaffBlockAuthorMutation, StaffBlockAuthorMutationVariables>;
export const StaffHomeDocument = new TypedDocumentString(`
    query StaffHome {
  ...LayoutData
  moderationQueue(first: 1) {
    totalCount
  }
  hiddenContent: moderationQueue(hidden: true, first: 1) {
    totalCount
  }
}
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
}`) as unknown as TypedDocumentString<StaffHomeQuery, StaffHomeQueryVariables>;
export const TrackedItemsDocument = new TypedDocumentString(`
    query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {
  ...LayoutData
  districts: municipality {
    districts {
      id
      name
    }
  }
  trackedItems(
    statuses: $statuses
    districtId: $districtId
    first: 30
    after: $after
  ) {
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
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
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
}`) as unknown as TypedDocumentString<TrackedItemsQuery, TrackedItemsQueryVariables>;
export const TrackedItemDocument = new TypedDocumentString(`
    query TrackedItem($id: ID!) {
  ...LayoutData
  districts: municipality {
    districts {
      id
      name
    }
  }
  trackedItem(id: $id) {
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
    updatedAt
    followedByMe
    updates {
      id
      body
      occurredOn
      status
      progressPercent
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
}
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
}`) as unknown as TypedDocumentString<TrackedItemQuery, TrackedItemQueryVariables>;
export const FollowTrackedItemDocument = new TypedDocumentString(`
    mutation FollowTrackedItem($input: FollowTrackedItemInput!) {
  followTrackedItem(input: $input) {
    id
    followedByMe
  }
}
    `) as unknown as TypedDocumentString<FollowTrackedItemMutation, FollowTrackedItemMutationVariables>;
export const MyTrackingNotificationsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyTrackingNotificationsQuery, MyTrackingNotificationsQueryVariables>;