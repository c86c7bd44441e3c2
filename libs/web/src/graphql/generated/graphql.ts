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

export type AddTrackedItemUpdateInput = {
  /** Public text. */
  body: string;
  /** The day it tells about, YYYY-MM-DD. */
  occurredOn: string;
  /** What each photo shows, for those who cannot see it (at most 300 characters), in the order of photoIds; a photo left without one (or an empty string) is described from its update. */
  photoAlts?: Array<string> | null | undefined;
  /** Photos uploaded first to POST /reports/photos (re-encoded, metadata dropped), at most 6, in the order shown. */
  photoIds?: Array<string | number> | null | undefined;
  trackedItemId: string | number;
};

/** NONE: no answer (staff: none saved either); SAVED: an answer saved but not published (staff only); PUBLISHED: a published answer. */
export type AnswerFilter =
  | 'NONE'
  | 'PUBLISHED'
  | 'SAVED';

export type AnswerProposalInput = {
  /** Markdown, public once published. */
  answer: string;
  proposalId: string | number;
  /** False saves the answer without showing it yet. */
  publish?: boolean | null | undefined;
  status: AnswerStatus;
};

/** The town hall's official answer to a proposal. */
export type AnswerStatus =
  | 'ACCEPTED'
  | 'EVALUATING'
  | 'REJECTED';

export type AssignReportDepartmentInput = {
  /** Null clears the assignment. */
  department?: string | null | undefined;
  reportIds: Array<string | number>;
};

export type AttributeValueInput = {
  key: string;
  name: string;
};

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

export type BoundingBoxInput = {
  east: number;
  north: number;
  south: number;
  west: number;
};

export type BudgetStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED'
  | 'TALLIED';

export type BulkUpdateIssueReportStatusInput = {
  note?: string | null | undefined;
  reportIds: Array<string | number>;
  status: IssueReportStatus;
};

export type CastBallotInput = {
  budgetId: string | number;
  points?: Array<BallotPointsInput> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  /** Most preferred first. */
  ranking?: Array<string | number> | null | undefined;
};

export type CategoryAttributeInput = {
  code: string;
  datatype: Open311Datatype;
  datatypeDescription?: string | null | undefined;
  description: string;
  order: number;
  required?: boolean;
  values?: Array<AttributeValueInput>;
};

/** Why a census import refused a line. */
export type CensusLineProblem =
  | 'BROKEN_QUOTES'
  | 'INVALID_BIRTH_YEAR'
  | 'INVALID_CODE'
  | 'INVALID_VOTER_FLAG'
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
  /** Oldest age allowed, reached during the calendar year of the vote. */
  maxAge?: number | null | undefined;
  /** CUMULATIVE: points each resident spreads (required). */
  maxPoints?: number | null | undefined;
  maxProjects?: number | null | undefined;
  /** Youngest age allowed, reached during the calendar year of the vote (the census gives birth years; people without one are refused). */
  minAge?: number | null | undefined;
  /** GREEDY only: projects with fewer votes (points for CUMULATIVE and ORDINAL ballots) are not funded (Pabulib min_project_score_threshold). */
  minProjectScore?: number | null | undefined;
  minProjects?: number | null | undefined;
  /** KNAPSACK: share of the total a ballot must at least spend, e.g. "0.7". */
  minSpendingShare?: string | null | undefined;
  /** Set to take paper ballots too (recordPaperBallots, markVotedInPerson): which ballot counts for a person who voted both online and on paper. Online only if left out. */
  paperPrecedence?: PaperPrecedence | null | undefined;
  /** Who may vote beyond the age limits; CENSUS_RESIDENTS if left out. */
  population?: EligiblePopulation | null | undefined;
  /** EQUAL_SHARES if left out. */
  tallyRule?: TallyRule | null | undefined;
  /** EQUAL_SHARES only: ties go to the lowest cost, then the most votes, then the draw of this seed (SHA-256 of "seed:projectId"), published with the budget before the vote. Ties by id if left out. */
  tieBreakSeed?: string | null | undefined;
  title: string;
  /** Whole euros. */
  totalAmount: number;
  /** The vote group (createVoteGroup) whose rule limits in how many of its budgets one person votes. */
  voteGroupId?: string | number | null | undefined;
  votingClosesAt: string;
  votingOpensAt: string;
};

export type CreateConsultationInput = {
  /** Category names of this consultation; replaces the list on edit. */
  categories?: Array<string> | null | undefined;
  /** Markdown. */
  description: string;
  /** Null for the whole commune. */
  districtId?: string | null | undefined;
  /** Reports that hide content; null = platform default. */
  hideThreshold?: number | null | undefined;
  imageUrl?: string | null | undefined;
  /** Oldest age allowed to support; null = none. */
  maxAge?: number | null | undefined;
  /** Youngest age allowed to support, reached during the calendar year (census birth year); null = none. */
  minAge?: number | null | undefined;
  /** Phases to hold; omitted kinds are skipped. */
  phases: Array<PhaseInput>;
  /** Who may support proposals beyond the age limits; CENSUS_RESIDENTS if left out on creation. */
  population?: EligiblePopulation | null | undefined;
  /** Proposals per resident; null = platform default. */
  proposalLimit?: number | null | undefined;
  /** Supports per resident in this consultation; 0 = unlimited. */
  supportLimit?: number | null | undefined;
  /** Supports for a proposal to reach its threshold; 0 = none. */
  supportThreshold?: number | null | undefined;
  title: string;
};

export type CreateOpen311ApiKeyInput = {
  /** Who the key is for, e.g. the app or the company. */
  name: string;
};

export type CreateVoteGroupInput = {
  /** UP_TO_N only (required there): budgets one person may vote in. */
  maxBudgets?: number | null | undefined;
  rule: VoteGroupRule;
  /** E.g. "Budget participatif 2027: ville et arrondissements". */
  title: string;
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

/** Who may take part in a budget or a consultation, beyond the age limits. */
export type EligiblePopulation =
  /** Residents, and people with a link to the area verified in person (verifyResidentInPerson linkToArea). */
  | 'ALSO_LINKED'
  /** Verified residents (the default). */
  | 'CENSUS_RESIDENTS'
  /** Verified people whose census entry is flagged as a registered voter. */
  | 'REGISTERED_VOTERS';

/** After Equal Shares, greedy's outcome replaces it if strictly more voters prefer it. SATISFACTION: a voter prefers the outcome funding more of their ballot's projects; EXCLUSION_RATIO: the one funding at least one of them when the other funds none. */
export type EqualSharesComparison =
  | 'EXCLUSION_RATIO'
  | 'SATISFACTION';

/** WAITING (queued or retrying after a failure), ACTIVE, COMPLETED, FAILED (no retry left). */
export type ExportJobStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'FAILED'
  | 'WAITING';

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

export type LinkDeliberationInput = {
  /** DELIB_DATE: the day of the vote, YYYY-MM-DD. */
  delibDate: string;
  /** DELIB_ID: the act's number. */
  delibId: string;
  /** DELIB_MATIERE_CODE: the @ctes nomenclature code, e.g. 7.1. */
  matiereCode: string;
  /** DELIB_MATIERE_NOM, e.g. "Finances locales - Décisions budgétaires". */
  matiereNom: string;
  /** DELIB_OBJET: the act's title. */
  objet: string;
  /** PREF_DATE, YYYY-MM-DD. */
  prefDate?: string | null | undefined;
  /** PREF_ID: the prefecture's acknowledgement. */
  prefId?: string | null | undefined;
  trackedItemId: string | number;
  /** DELIB_URL: the act itself (http or https). */
  url?: string | null | undefined;
  voteAbstention?: number | null | undefined;
  voteContre?: number | null | undefined;
  /** VOTE_EFFECTIF: council members in office. */
  voteEffectif?: number | null | undefined;
  votePour?: number | null | undefined;
  /** VOTE_REEL: members who took part. */
  votingMembers?: number | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkVotedInPersonInput = {
  budgetId: string | number;
  /** The person's census code, as on their voter card. */
  censusCode: string;
};

export type ModerationAction =
  | 'AUTO_HIDE'
  | 'BLOCK_AUTHOR'
  | 'DISMISS'
  | 'HIDE'
  | 'RESTORE';

export type NearPointInput = {
  latitude: number;
  longitude: number;
  /** From 1 m to 10 km. */
  radiusMeters: number;
};

export type Open311Datatype =
  | 'datetime'
  | 'multivaluelist'
  | 'number'
  | 'singlevaluelist'
  | 'string'
  | 'text';

/** CSV (RFC 4180, UTF-8), JSON, GeoJSON (located datasets), PB (Pabulib, ballots only). */
export type OpenDataFormat =
  | 'CSV'
  | 'GEOJSON'
  | 'JSON'
  | 'PB';

/** A published open-data table. */
export type OpenDataset =
  | 'BALLOTS'
  | 'BUDGETS'
  | 'BUDGET_PROJECTS'
  | 'BUDGET_RESULTS'
  | 'BUDGET_RESULT_PROJECTS'
  | 'CONSULTATIONS'
  | 'ISSUE_REPORTS'
  | 'ISSUE_REPORT_UPDATES'
  | 'MODERATION_COUNTS'
  | 'PROPOSALS'
  | 'PROPOSAL_DAILY_SUPPORTS'
  | 'TRACKED_ITEMS'
  | 'TRACKED_ITEM_DELIBERATIONS'
  | 'TRACKED_ITEM_UPDATES';

/** Whether a batch of paper sheets counts yet: only COUNTED batches have ballots in the tally. */
export type PaperBallotBatchStatus =
  | 'AWAITING_SECOND_ENTRY'
  | 'COUNTED'
  | 'DIFFERENT';

export type PaperBallotEntryInput = {
  /** In the same order as the first entry. */
  ballots: Array<PaperBallotInput>;
  batchId: string | number;
};

export type PaperBallotInput = {
  points?: Array<BallotPointsInput> | null | undefined;
  projectIds?: Array<string | number> | null | undefined;
  /** Most preferred first. */
  ranking?: Array<string | number> | null | undefined;
};

/** When a person marked as having voted in person already holds an online ballot: ONLINE_WINS keeps the online ballot and sets the paper vote aside (no sheet is to be handed out); PAPER_WINS sets the online ballot aside (Lot-et-Garonne). Either way the vote kept out is recorded and counted in Budget.turnout.setAside. */
export type PaperPrecedence =
  | 'ONLINE_WINS'
  | 'PAPER_WINS';

export type PhaseInput = {
  /** Exclusive; must be after startsAt. */
  endsAt: string;
  kind: PhaseKind;
  startsAt: string;
};

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
  /** Where the official answer stands (SAVED: staff only). */
  answer?: AnswerFilter | null | undefined;
  categoryId?: string | number | null | undefined;
  districtId?: string | number | null | undefined;
  /** True: only the signed-in resident's own proposals (none for visitors); combines with the other filters. */
  mine?: boolean | null | undefined;
  /** French full-text search in titles and bodies; accents ignored. */
  search?: string | null | undefined;
  /** DRAFT lists the caller's own drafts. */
  status?: ProposalStatus | null | undefined;
  /** True: only proposals whose supports reached the consultation's non-zero threshold; false: the others. */
  thresholdReached?: boolean | null | undefined;
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

export type RecordPaperBallotsInput = {
  /** In the order entered (refusals name their index); at most 1000. */
  ballots: Array<PaperBallotInput>;
  budgetId: string | number;
  /** Double entry: the batch counts only once another agent enters it identically (false if left out). */
  doubleEntry?: boolean | null | undefined;
  /** The ballot box or polling place the sheets come from. */
  pollingPlace: string;
};

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

export type RequestExportInput = {
  dataset: OpenDataset;
  /** One of the formats the dataset is published in. */
  format: OpenDataFormat;
};

export type RescheduleVotingInput = {
  budgetId: string | number;
  votingClosesAt: string;
  /** Drafts only. */
  votingOpensAt?: string | null | undefined;
};

export type RevokeOpen311ApiKeyInput = {
  apiKeyId: string | number;
};

/** What an account may do; ADMIN includes STAFF. */
export type Role =
  | 'ADMIN'
  | 'RESIDENT'
  | 'STAFF';

export type SetAccountRoleInput = {
  role: Role;
  userId: string | number;
};

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

/** A field left out keeps its value; `null` clears the category or the image. The proposal and the feasibility stay. */
export type UpdateBudgetProjectInput = {
  category?: string | null | undefined;
  /** Whole euros. */
  cost?: number | null | undefined;
  description?: string | null | undefined;
  /** `null`: the budget’s own district (none for a city-wide one). */
  districtId?: string | number | null | undefined;
  imageUrl?: string | null | undefined;
  projectId: string | number;
  title?: string | null | undefined;
};

/** The creation's fields, each optional; `phases`, when given, replaces every phase. */
export type UpdateConsultationInput = {
  /** Category names of this consultation; replaces the list on edit. */
  categories?: Array<string> | null | undefined;
  /** Markdown. */
  description?: string | null | undefined;
  /** Null for the whole commune. */
  districtId?: string | null | undefined;
  /** Reports that hide content; null = platform default. */
  hideThreshold?: number | null | undefined;
  id: string | number;
  imageUrl?: string | null | undefined;
  /** Oldest age allowed to support; null = none. */
  maxAge?: number | null | undefined;
  /** Youngest age allowed to support, reached during the calendar year (census birth year); null = none. */
  minAge?: number | null | undefined;
  /** Phases to hold; omitted kinds are skipped. */
  phases?: Array<PhaseInput> | null | undefined;
  /** Who may support proposals beyond the age limits; CENSUS_RESIDENTS if left out on creation. */
  population?: EligiblePopulation | null | undefined;
  /** Proposals per resident; null = platform default. */
  proposalLimit?: number | null | undefined;
  /** Supports per resident in this consultation; 0 = unlimited. */
  supportLimit?: number | null | undefined;
  /** Supports for a proposal to reach its threshold; 0 = none. */
  supportThreshold?: number | null | undefined;
  title?: string | null | undefined;
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

export type UpdateTrackedItemInput = {
  /** Public; required with ABANDONED, refused otherwise. */
  abandonReason?: string | null | undefined;
  /** YYYY-MM-DD */
  actualEndOn?: string | null | undefined;
  /** YYYY-MM-DD */
  actualStartOn?: string | null | undefined;
  /** Money committed, in integer cents. */
  committedCents?: number | null | undefined;
  /** The department in charge. */
  department?: string | null | undefined;
  /** Where it is done, WGS84 latitude (with longitude: a place has both); null clears the place. */
  latitude?: number | null | undefined;
  /** WGS84 longitude (with latitude); null clears the place. */
  longitude?: number | null | undefined;
  /** YYYY-MM-DD */
  plannedEndOn?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedStartOn?: string | null | undefined;
  /** 0 to 100; DONE means 100 (set when left out). */
  progressPercent?: number | null | undefined;
  /** Money spent, in integer cents. */
  spentCents?: number | null | undefined;
  status?: TrackedItemStatus | null | undefined;
  title?: string | null | undefined;
  trackedItemId: string | number;
};

export type UpsertReportCategoryInput = {
  active?: boolean;
  attributes?: Array<CategoryAttributeInput>;
  /** Open311 service_code; creates the category or replaces the one with this code. */
  code: string;
  department?: string | null | undefined;
  description?: string;
  group?: string;
  keywords?: Array<string>;
  name: string;
};

export type VerifyResidencyInput = {
  /** The identifier printed on the voter card (or the census the town hall imported). */
  censusCode: string;
};

export type VerifyResidentInPersonInput = {
  /** The person's census identifier, found at the desk: the entry is bound to this account, so it can verify no other (one person, one verified account). Someone missing from the census is added to it first (importCensus). */
  censusCode: string;
  /** The district of residence checked at the desk, when the census entry does not give one (it decides who votes in a district's budget). */
  districtId?: string | number | null | undefined;
  /** For someone who does not live in the commune but has a link to it, the link as checked (e.g. "works at the hospital: employer's certificate"). Such a person takes part only in budgets and consultations open to ALSO_LINKED. Left out for residents. */
  linkToArea?: string | null | undefined;
  /** What was checked, e.g. "ID card and proof of address at the town hall desk". */
  reason: string;
  userId: string | number;
};

/** How many budgets of a vote group one person may vote in. */
export type VoteGroupRule =
  /** Every budget of the group (Decidim's "all"). */
  | 'ALL'
  /** One budget of the group only (Decidim's "one"). */
  | 'EXACTLY_ONE'
  /** At most maxBudgets budgets of the group. */
  | 'UP_TO_N';

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


export type BudgetsQuery = { openBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, ballotType: BallotType, votingOpensAt: string, votingClosesAt: string, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null } | null } }> }, closedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, talliedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, publishedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, publishedAt: string | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type VoteGroupFieldsFragment = { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null };

export type BudgetProjectFieldsFragment = { id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean };

export type BudgetDetailsFragment = { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> };

export type BudgetQueryVariables = Exact<{
  id: string | number;
  signedIn: boolean;
}>;


export type BudgetQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, budget: { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, myBallot?: { receipt: string, projectIds: Array<string>, ranking: Array<string>, points: Array<{ projectId: string, points: number }> } | null, me: { displayName: string, role: Role, verified: boolean } | null };

export type BudgetResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetResultsQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, budget: { id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, projects: Array<{ id: string, votes: number | null, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, turnout: { ballots: number, verifiedResidents: number, censusSize: number, shareOfCensus: number | null, shareOfVerified: number | null }, turnoutByDistrict: Array<{ districtId: string, ballots: number, verifiedResidents: number, censusSize: number, shareOfCensus: number | null, shareOfVerified: number | null }>, result: { rule: TallyRule, add1Completion: boolean, ballotCount: number, totalCost: number, computedAt: string, ballotsDigest: string, ballotsMerkleRoot: string | null, winners: Array<{ id: string }>, comparison: { rule: TallyRule, totalCost: number, winners: Array<{ id: string }>, explanation: { figures: { votersWithFunded: number, shareWithFunded: number, averageFunded: number }, equalShares: { perVoterBudget: number, add1Increment: number | null, rounds: number, projects: Array<{ outcome: ProjectOutcome, round: number | null, supportersHeld: number | null, maxPayment: number | null, effectiveVotes: number | null, droppedAtRound: number | null, effectiveSupport: number | null, project: { id: string }, payments: Array<{ amount: number, voters: number, paidAll: boolean }> }> } | null, greedy: Array<{ funded: boolean, position: number, moneyLeft: number | null, project: { id: string }, takenBy: { id: string } | null }> | null } | null }, explanation: { figures: { votersWithFunded: number, shareWithFunded: number, averageFunded: number }, equalShares: { perVoterBudget: number, add1Increment: number | null, rounds: number, projects: Array<{ outcome: ProjectOutcome, round: number | null, supportersHeld: number | null, maxPayment: number | null, effectiveVotes: number | null, droppedAtRound: number | null, effectiveSupport: number | null, project: { id: string }, payments: Array<{ amount: number, voters: number, paidAll: boolean }> }> } | null, greedy: Array<{ funded: boolean, position: number, moneyLeft: number | null, project: { id: string }, takenBy: { id: string } | null }> | null } | null } | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, winnersProgress: { edges: Array<{ node: { id: string, title: string, status: TrackedItemStatus, progressPercent: number } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type BudgetRecountQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetRecountQuery = { budget: { id: string, title: string, status: BudgetStatus, ballotType: BallotType, totalAmount: number, result: { rule: TallyRule, add1Completion: boolean, minProjectScore: number | null, tieBreakSeed: string | null, ballotCount: number, totalCost: number, ballotsDigest: string, ballotsMerkleRoot: string | null, equalSharesComparison: { criterion: EqualSharesComparison } | null, auditHead: { sequence: number, hash: string } | null, winners: Array<{ id: string, title: string }> } | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

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


export type ConsultationQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { descriptionHtml: string, published: boolean, supportLimit: number, supportThreshold: number, population: EligiblePopulation, minAge: number | null, maxAge: number | null, id: string, title: string, districtId: string | null, currentPhase: PhaseKind | null, categories: Array<{ id: string, name: string }>, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, figures: { proposals: number, supports: number, participants: number } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { consultations: { edges: Array<{ node: { id: string, title: string, currentPhase: PhaseKind | null, phases: Array<{ kind: PhaseKind, endsAt: string }> } }> }, openBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, votingClosesAt: string } }> }, publishedBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number, publishedAt: string | null, turnout: { ballots: number } } }> }, issueReports: { edges: Array<{ node: { id: string, status: IssueReportStatus, address: string | null, districtName: string | null, createdAt: string, category: { name: string } } }> }, keyFigures: { participants: number, proposals: number, supports: number, ballots: number, issueReports: number, fixedIssueReports: number }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LayoutDataFragment = { me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type LayoutQuery = { me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type LegalQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalQuery = { legalMunicipality: { siren: string, legal: { publisherName: string, publisherAddress: string, publisherPhone: string | null, publisherEmail: string, publicationDirector: string, hostName: string, hostAddress: string, hostPhone: string | null, dpoName: string | null, dpoEmail: string, dpoAddress: string | null, accessibilityConformity: AccessibilityConformity, accessibilityScore: number | null, accessibilityAuditDate: string | null, accessibilityAuditor: string | null, accessibilityNonCompliances: Array<string>, accessibilityDerogations: Array<string>, accessibilityContactEmail: string, accessibilityStatementDate: string } | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type MapSettingsFragment = { municipality: { map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null } };

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

export type ProposalCardFragment = { id: string, title: string, body: string, status: ProposalStatus, supportCount: number, thresholdReached: boolean, author: { displayName: string } };

export type ProposalsQueryVariables = Exact<{
  consultationId: string | number;
  filter?: ProposalFilterInput | null | undefined;
  orderBy: ProposalOrder;
  seed?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposalsQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { id: string, title: string, supportThreshold: number, categories: Array<{ id: string, name: string }> }, proposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: string, status: ProposalStatus, supportCount: number, thresholdReached: boolean, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type CommentFieldsFragment = { id: string, bodyHtml: string, createdAt: string, author: { displayName: string } };

export type ProposalQueryVariables = Exact<{
  id: string | number;
  commentOrder: CommentOrder;
  after?: string | null | undefined;
  signedIn: boolean;
}>;


export type ProposalQuery = { viewer?: { id: string } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, proposal: { id: string, title: string, bodyHtml: string, status: ProposalStatus, address: string | null, districtId: string | null, createdAt: string, publishedAt: string | null, supportCount: number, supportThreshold: number, thresholdReached: boolean, supportedByMe: boolean, editable: boolean, hidden: boolean, withdrawalReason: string | null, category: { name: string } | null, author: { id: string, displayName: string }, answer: { status: AnswerStatus, answerHtml: string, publishedAt: string | null } | null, consultation: { id: string, title: string, currentPhase: PhaseKind | null, supportLimit: number, population: EligiblePopulation, minAge: number | null, maxAge: number | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }> } | null }, comments: { totalCount: number, edges: Array<{ node: { id: string, bodyHtml: string, createdAt: string, replies: Array<{ id: string, bodyHtml: string, createdAt: string, author: { displayName: string } }>, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null };

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


export type NewReportQuery = { municipality: { inseeCode: string, name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null, map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null }, reportCategories: Array<{ code: string, name: string, description: string, group: string, attributes: Array<{ code: string, datatype: Open311Datatype, required: boolean, order: number, description: string, datatypeDescription: string | null, values: Array<{ key: string, name: string }> }> }>, me: { displayName: string, role: Role, verified: boolean } | null };

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

export type ReportListItemFragment = { id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, distanceMeters: number | null, category: { code: string, name: string } };

export type IssueReportsQueryVariables = Exact<{
  categoryCodes?: Array<string> | string | null | undefined;
  statuses?: Array<IssueReportStatus> | IssueReportStatus | null | undefined;
  districtId?: string | number | null | undefined;
  near?: NearPointInput | null | undefined;
  after?: string | null | undefined;
}>;


export type IssueReportsQuery = { reportCategories: Array<{ code: string, name: string, group: string }>, municipality: { inseeCode: string, name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null, map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null }, issueReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, distanceMeters: number | null, category: { code: string, name: string } } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type IssueReportGroupsQueryVariables = Exact<{
  categoryCodes?: Array<string> | string | null | undefined;
  statuses?: Array<IssueReportStatus> | IssueReportStatus | null | undefined;
  districtId?: string | number | null | undefined;
  near?: NearPointInput | null | undefined;
  box?: BoundingBoxInput | null | undefined;
}>;


export type IssueReportGroupsQuery = { issueReportGroups: Array<{ count: number, latitude: number, longitude: number, south: number, west: number, north: number, east: number }> };

export type MyIssueReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIssueReportsQuery = { myReports: Array<{ id: string, description: string, address: string | null, latitude: number, longitude: number, districtName: string | null, status: IssueReportStatus, createdAt: string, distanceMeters: number | null, category: { code: string, name: string } }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type FollowIssueReportMutationVariables = Exact<{
  input: FollowIssueReportInput;
}>;


export type FollowIssueReportMutation = { followIssueReport: boolean };

export type UnfollowIssueReportMutationVariables = Exact<{
  input: UnfollowIssueReportInput;
}>;


export type UnfollowIssueReportMutation = { unfollowIssueReport: boolean };

export type GeocodeBiasQueryVariables = Exact<{ [key: string]: never; }>;


export type GeocodeBiasQuery = { municipality: { inseeCode: string, bounds: { south: number, west: number, north: number, east: number } | null } };

export type SearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchQuery = { searchProposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string | null, supportCount: number, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAccountsQuery = { me: { id: string, displayName: string, role: Role, verified: boolean } | null, accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, email: string, role: Role, verified: boolean, blocked: boolean, createdAt: string } }> }, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffSetAccountRoleMutationVariables = Exact<{
  input: SetAccountRoleInput;
}>;


export type StaffSetAccountRoleMutation = { setAccountRole: { id: string, role: Role } };

export type StaffApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffApiKeysQuery = { open311ApiKeys: Array<{ id: string, name: string, createdAt: string, revokedAt: string | null }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffCreateApiKeyMutationVariables = Exact<{
  input: CreateOpen311ApiKeyInput;
}>;


export type StaffCreateApiKeyMutation = { createOpen311ApiKey: { key: string, apiKey: { id: string, name: string } } };

export type StaffRevokeApiKeyMutationVariables = Exact<{
  input: RevokeOpen311ApiKeyInput;
}>;


export type StaffRevokeApiKeyMutation = { revokeOpen311ApiKey: { id: string } };

export type StaffOpenDataQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOpenDataQuery = { auditLog: { edges: Array<{ node: { sequence: string, occurredAt: string, subjectId: string | null, payload: string | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffExportJobQuery = { exportJob: { id: string, dataset: OpenDataset | null, format: OpenDataFormat | null, status: ExportJobStatus, progress: number, publishedFiles: Array<string>, error: string | null, requestedAt: string, finishedAt: string | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffRequestExportMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type StaffRequestExportMutation = { requestExport: { id: string } };

export type StaffAuditLogQueryVariables = Exact<{
  action?: string | null | undefined;
  after?: string | null | undefined;
  verify: boolean;
}>;


export type StaffAuditLogQuery = { auditChainStatus?: { intact: boolean, checkedEntries: number, brokenAtSequence: number | null, reason: string | null, checkedAt: string }, auditHead: { sequence: number, hash: string }, auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sequence: string, occurredAt: string, action: string, actorKind: string, subjectType: string, subjectId: string | null, isPublic: boolean, hash: string } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffPaperBallotsQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffPaperBallotsQuery = { budget: { paperPrecedence: PaperPrecedence | null, id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, turnout: { ballots: number, online: number, paper: number, setAside: number }, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, paperBallotBatches: Array<{ id: string, pollingPlace: string, status: PaperBallotBatchStatus, accepted: number, refusedCount: number }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type RecordPaperSheetMutationVariables = Exact<{
  input: RecordPaperBallotsInput;
}>;


export type RecordPaperSheetMutation = { recordPaperBallots: { id: string, accepted: number, refusedCount: number } };

export type MarkVotedInPersonMutationVariables = Exact<{
  input: MarkVotedInPersonInput;
}>;


export type MarkVotedInPersonMutation = { markVotedInPerson: boolean };

export type StaffPaperBatchNewQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffPaperBatchNewQuery = { budget: { paperPrecedence: PaperPrecedence | null, id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffPaperBatchQueryVariables = Exact<{
  id: string | number;
  batchId: string | number;
}>;


export type StaffPaperBatchQuery = { budget: { paperPrecedence: PaperPrecedence | null, id: string, title: string, description: string, status: BudgetStatus, totalAmount: number, ballotType: BallotType, tallyRule: TallyRule, add1Completion: boolean, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, districtId: string | null, votingOpensAt: string, votingClosesAt: string, publishedAt: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> } | null, projects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, unfeasibleProjects: Array<{ id: string, title: string, description: string, cost: number, category: string | null, districtId: string | null, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }> }, paperBallotBatch: { id: string, budgetId: string, pollingPlace: string, status: PaperBallotBatchStatus, accepted: number, firstEntryByYou: boolean, refusedCount: number, differences: Array<{ index: number, first: { projectIds: Array<string>, points: Array<number> | null, refusalCode: string | null } | null, second: { projectIds: Array<string>, points: Array<number> | null, refusalCode: string | null } | null }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffPaperBatchSheetsQueryVariables = Exact<{
  batchId: string | number;
}>;


export type StaffPaperBatchSheetsQuery = { paperBallotBatch: { id: string, sheets: Array<{ projectIds: Array<string>, points: Array<number> | null }> | null } };

export type RecordPaperBatchMutationVariables = Exact<{
  input: RecordPaperBallotsInput;
}>;


export type RecordPaperBatchMutation = { recordPaperBallots: { id: string } };

export type SecondPaperEntryMutationVariables = Exact<{
  input: PaperBallotEntryInput;
}>;


export type SecondPaperEntryMutation = { recordPaperBallotsSecondEntry: { id: string, status: PaperBallotBatchStatus } };

export type ResolvePaperBatchMutationVariables = Exact<{
  input: PaperBallotEntryInput;
}>;


export type ResolvePaperBatchMutation = { resolvePaperBallotBatch: { id: string, status: PaperBallotBatchStatus } };

export type StaffBudgetsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffBudgetsQuery = { budgets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: BudgetStatus, totalAmount: number, votingOpensAt: string, votingClosesAt: string } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffBudgetNewQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffBudgetNewQuery = { voteGroups: Array<{ id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffBudgetQuery = { budget: { id: string, title: string, description: string, status: BudgetStatus, ballotType: BallotType, tallyRule: TallyRule, totalAmount: number, votingOpensAt: string, votingClosesAt: string, tallyError: string | null, paperPrecedence: PaperPrecedence | null, minProjects: number | null, maxProjects: number | null, maxPoints: number | null, minSpendingShare: string | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, voteGroup: { id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null } | null, projects: Array<{ id: string, title: string, description: string, cost: number, feasibility: Feasibility, feasibilityExplanation: string | null, onBallot: boolean }>, result: { rule: TallyRule, ballotCount: number, totalCost: number, winners: Array<{ id: string, title: string, cost: number, votes: number | null }>, comparison: { rule: TallyRule, totalCost: number, winners: Array<{ id: string, title: string, cost: number }> } } | null }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffCreateBudgetMutationVariables = Exact<{
  input: CreateBudgetInput;
}>;


export type StaffCreateBudgetMutation = { createBudget: { id: string } };

export type StaffAddBudgetProjectMutationVariables = Exact<{
  input: AddBudgetProjectInput;
}>;


export type StaffAddBudgetProjectMutation = { addBudgetProject: { id: string } };

export type StaffUpdateBudgetProjectMutationVariables = Exact<{
  input: UpdateBudgetProjectInput;
}>;


export type StaffUpdateBudgetProjectMutation = { updateBudgetProject: { id: string } };

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

export type StaffVoteGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffVoteGroupsQuery = { voteGroups: Array<{ id: string, title: string, rule: VoteGroupRule, maxBudgets: number | null, budgets: Array<{ id: string, title: string }> }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffCreateVoteGroupMutationVariables = Exact<{
  input: CreateVoteGroupInput;
}>;


export type StaffCreateVoteGroupMutation = { createVoteGroup: { id: string } };

export type StaffImportCensusMutationVariables = Exact<{
  input: ImportCensusInput;
}>;


export type StaffImportCensusMutation = { importCensus: { importId: string, added: number, alreadyPresent: number, malformed: number, refusedLines: Array<{ line: number, problem: CensusLineProblem }> } };

export type StaffVerificationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffVerificationPageQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, me: { displayName: string, role: Role, verified: boolean } | null };

export type StaffAccountLookupQueryVariables = Exact<{
  search: string;
}>;


export type StaffAccountLookupQuery = { accountLookup: { more: boolean, accounts: Array<{ id: string, displayName: string, emailHint: string | null, createdAt: string, emailConfirmed: boolean, blocked: boolean, verified: boolean }> } };

export type StaffVerifyInPersonMutationVariables = Exact<{
  input: VerifyResidentInPersonInput;
}>;


export type StaffVerifyInPersonMutation = { verifyResidentInPerson: boolean };

export type StaffConsultationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffConsultationsQuery = { consultations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, published: boolean, currentPhase: PhaseKind | null, figures: { proposals: number } } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffConsultationNewQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffConsultationNewQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, me: { displayName: string, role: Role, verified: boolean } | null };

export type StaffConsultationQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffConsultationQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, consultation: { id: string, title: string, description: string, districtId: string | null, published: boolean, currentPhase: PhaseKind | null, supportLimit: number, supportThreshold: number, proposalLimit: number | null, hideThreshold: number | null, population: EligiblePopulation, minAge: number | null, maxAge: number | null, phases: Array<{ kind: PhaseKind, startsAt: string, endsAt: string }>, categories: Array<{ id: string, name: string }>, figures: { proposals: number } }, me: { displayName: string, role: Role, verified: boolean } | null };

export type StaffCreateConsultationMutationVariables = Exact<{
  input: CreateConsultationInput;
}>;


export type StaffCreateConsultationMutation = { createConsultation: { id: string } };

export type StaffUpdateConsultationMutationVariables = Exact<{
  input: UpdateConsultationInput;
}>;


export type StaffUpdateConsultationMutation = { updateConsultation: { id: string } };

export type StaffPublishConsultationMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffPublishConsultationMutation = { publishConsultation: { id: string } };

export type StaffUnpublishConsultationMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffUnpublishConsultationMutation = { unpublishConsultation: { id: string } };

export type StaffDashboardQueryVariables = Exact<{
  days: number;
}>;


export type StaffDashboardQuery = { municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null }, staffDashboard: { from: string, to: string, days: number, accountsPerDay: Array<{ day: string, count: number | null }>, verifiedResidentsPerDay: Array<{ day: string, count: number | null }>, proposalsPerDay: Array<{ day: string, count: number | null }>, supportsPerDay: Array<{ day: string, count: number | null }>, ballotsPerDay: Array<{ day: string, count: number | null }>, turnoutByBudget: Array<{ budgetId: string, title: string, districtId: string | null, status: BudgetStatus, votingClosesAt: string, ballots: number | null, verifiedResidents: number | null, share: number | null }>, reportsByStatus: Array<{ status: IssueReportStatus, count: number | null }>, reportsByCategory: Array<{ categoryCode: string, categoryName: string, count: number | null, fixed: number | null, medianDaysToFix: number | null }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type StaffModerationQueueQueryVariables = Exact<{
  hidden?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, targetType: ContentType, targetId: string, excerpt: string | null, hidden: boolean, pendingReview: boolean, reviewedAt: string | null, reportCount: number, reportsFromNewAccounts: number, reasons: Array<{ reason: ReportReason, count: number }>, reports: Array<{ reason: ReportReason, details: string | null, reportedAt: string, fromNewAccount: boolean }>, history: Array<{ action: ModerationAction, reason: string | null, decidedAt: string }> } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffHideContentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type StaffHideContentMutation = { hideContent: boolean };

export type StaffRestoreContentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type StaffRestoreContentMutation = { restoreContent: boolean };

export type StaffDismissReportsMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type StaffDismissReportsMutation = { dismissReports: boolean };

export type StaffBlockAuthorMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type StaffBlockAuthorMutation = { blockAuthor: boolean };

export type StaffProposalsQueryVariables = Exact<{
  consultationId: string | number;
  filter?: ProposalFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffProposalsQuery = { consultation: { id: string, title: string, supportThreshold: number }, proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, thresholdReached: boolean, answer: { status: AnswerStatus, published: boolean } | null } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffProposalQuery = { proposal: { id: string, consultationId: string, title: string, body: string, bodyHtml: string, status: ProposalStatus, supportCount: number, supportThreshold: number, thresholdReached: boolean, hidden: boolean, districtId: string | null, address: string | null, publishedAt: string | null, category: { name: string } | null, author: { displayName: string }, answer: { status: AnswerStatus, answer: string, answerHtml: string, published: boolean, publishedAt: string | null } | null }, draftBudgets: { edges: Array<{ node: { id: string, title: string, totalAmount: number } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffAnswerProposalMutationVariables = Exact<{
  input: AnswerProposalInput;
}>;


export type StaffAnswerProposalMutation = { answerProposal: { id: string } };

export type StaffPublishProposalAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffPublishProposalAnswerMutation = { publishProposalAnswer: { id: string } };

export type StaffProposalProjectMutationVariables = Exact<{
  input: AddBudgetProjectInput;
}>;


export type StaffProposalProjectMutation = { addBudgetProject: { id: string, budgetId: string } };

export type StaffReportCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffReportCategoriesQuery = { allReportCategories: Array<{ code: string, name: string, description: string, group: string, keywords: Array<string>, department: string | null, active: boolean, attributes: Array<{ code: string, datatype: Open311Datatype, required: boolean, order: number, description: string, values: Array<{ key: string, name: string }> }> }>, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffUpsertReportCategoryMutationVariables = Exact<{
  input: UpsertReportCategoryInput;
}>;


export type StaffUpsertReportCategoryMutation = { upsertReportCategory: { code: string } };

export type StaffTriageReportsQueryVariables = Exact<{
  statuses?: Array<IssueReportStatus> | IssueReportStatus | null | undefined;
  categoryCodes?: Array<string> | string | null | undefined;
  districtId?: string | number | null | undefined;
  department?: string | null | undefined;
  createdTo?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffTriageReportsQuery = { reportCategories: Array<{ code: string, name: string }>, municipality: { name: string, primaryColor: string, logoUrl: string | null, districts: Array<{ id: string, name: string }>, legal: { accessibilityConformity: AccessibilityConformity } | null, map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null }, triageReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, description: string, address: string | null, latitude: number, longitude: number, status: IssueReportStatus, department: string | null, districtName: string | null, createdAt: string, category: { name: string }, updates: Array<{ note: string, createdAt: string }> } }> }, me: { displayName: string, role: Role, verified: boolean } | null };

export type StaffBulkReportStatusMutationVariables = Exact<{
  input: BulkUpdateIssueReportStatusInput;
}>;


export type StaffBulkReportStatusMutation = { bulkUpdateIssueReportStatus: Array<{ id: string }> };

export type StaffAssignReportDepartmentMutationVariables = Exact<{
  input: AssignReportDepartmentInput;
}>;


export type StaffAssignReportDepartmentMutation = { assignReportDepartment: Array<{ id: string }> };

export type StaffHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHomeQuery = { moderationQueue: { totalCount: number }, hiddenContent: { totalCount: number }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffTrackedItemsQueryVariables = Exact<{
  statuses?: Array<TrackedItemStatus> | TrackedItemStatus | null | undefined;
  districtId?: string | number | null | undefined;
  year?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffTrackedItemsQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, sourceType: TrackedItemSource, status: TrackedItemStatus, progressPercent: number, districtId: string | null, year: number, department: string | null, updatedAt: string } }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

export type StaffTrackedItemQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffTrackedItemQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItem: { latitude: number | null, longitude: number | null, updatedAt: string, id: string, title: string, sourceType: TrackedItemSource, budgetId: string | null, districtId: string | null, year: number, status: TrackedItemStatus, abandonReason: string | null, progressPercent: number, plannedStartOn: string | null, plannedEndOn: string | null, actualStartOn: string | null, actualEndOn: string | null, committedCents: number, spentCents: number, department: string | null, updates: Array<{ id: string, body: string, occurredOn: string, status: TrackedItemStatus, progressPercent: number, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> }>, deliberations: Array<{ id: string, delibId: string, delibDate: string, objet: string, url: string | null, votePour: number | null, voteContre: number | null, voteAbstention: number | null }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null, map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null } };

export type StaffUpdateTrackedItemMutationVariables = Exact<{
  input: UpdateTrackedItemInput;
}>;


export type StaffUpdateTrackedItemMutation = { updateTrackedItem: { id: string } };

export type StaffAddTrackedItemUpdateMutationVariables = Exact<{
  input: AddTrackedItemUpdateInput;
}>;


export type StaffAddTrackedItemUpdateMutation = { addTrackedItemUpdate: { id: string } };

export type StaffLinkDeliberationMutationVariables = Exact<{
  input: LinkDeliberationInput;
}>;


export type StaffLinkDeliberationMutation = { linkDeliberation: { id: string } };

export type TrackedItemsQueryVariables = Exact<{
  statuses?: Array<TrackedItemStatus> | TrackedItemStatus | null | undefined;
  districtId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrackedItemsQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: TrackedItemStatus, progressPercent: number, districtId: string | null, year: number, department: string | null, latitude: number | null, longitude: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null, map: { tileUrlTemplate: string, attribution: string, minZoom: number, maxZoom: number, boundsMarginMeters: number } | null, bounds: { south: number, west: number, north: number, east: number } | null } };

export type TrackedItemRecordFragment = { title: string, updates: Array<{ id: string, body: string, occurredOn: string, status: TrackedItemStatus, progressPercent: number, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> }>, deliberations: Array<{ id: string, delibId: string, delibDate: string, objet: string, url: string | null, votePour: number | null, voteContre: number | null, voteAbstention: number | null }> };

export type TrackedItemFactsFragment = { id: string, title: string, sourceType: TrackedItemSource, budgetId: string | null, districtId: string | null, year: number, status: TrackedItemStatus, abandonReason: string | null, progressPercent: number, plannedStartOn: string | null, plannedEndOn: string | null, actualStartOn: string | null, actualEndOn: string | null, committedCents: number, spentCents: number, department: string | null };

export type TrackedItemQueryVariables = Exact<{
  id: string | number;
}>;


export type TrackedItemQuery = { districts: { districts: Array<{ id: string, name: string }> }, trackedItem: { updatedAt: string, followedByMe: boolean, id: string, title: string, sourceType: TrackedItemSource, budgetId: string | null, districtId: string | null, year: number, status: TrackedItemStatus, abandonReason: string | null, progressPercent: number, plannedStartOn: string | null, plannedEndOn: string | null, actualStartOn: string | null, actualEndOn: string | null, committedCents: number, spentCents: number, department: string | null, updates: Array<{ id: string, body: string, occurredOn: string, status: TrackedItemStatus, progressPercent: number, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> }>, deliberations: Array<{ id: string, delibId: string, delibDate: string, objet: string, url: string | null, votePour: number | null, voteContre: number | null, voteAbstention: number | null }> }, me: { displayName: string, role: Role, verified: boolean } | null, municipality: { name: string, primaryColor: string, logoUrl: string | null, legal: { accessibilityConformity: AccessibilityConformity } | null } };

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
export const VoteGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
}
    `, {"fragmentName":"VoteGroupFields"}) as unknown as TypedDocumentString<VoteGroupFieldsFragment, unknown>;
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
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
export const MapSettingsFragmentDoc = new TypedDocumentString(`
    fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
    }
  }
}
    `, {"fragmentName":"MapSettings"}) as unknown as TypedDocumentString<MapSettingsFragment, unknown>;
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
  thresholdReached
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
  distanceMeters
  category {
    code
    name
  }
}
    `, {"fragmentName":"ReportListItem"}) as unknown as TypedDocumentString<ReportListItemFragment, unknown>;
export const TrackedItemRecordFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TrackedItemRecord"}) as unknown as TypedDocumentString<TrackedItemRecordFragment, unknown>;
export const TrackedItemFactsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TrackedItemFacts"}) as unknown as TypedDocumentString<TrackedItemFactsFragment, unknown>;
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
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
export const BudgetRecountDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<BudgetRecountQuery, BudgetRecountQueryVariables>;
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
    published
    supportLimit
    supportThreshold
    population
    minAge
    maxAge
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
    supportThreshold
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
  thresholdReached
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalDocument = new TypedDocumentString(`
    query Proposal($id: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {
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
    consultation {
      id
      title
      currentPhase
      supportLimit
      population
      minAge
      maxAge
      phases {
        kind
        startsAt
        endsAt
      }
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
  ...MapSettings
  municipality {
    inseeCode
  }
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
}
fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
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
    query IssueReports($categoryCodes: [String!], $statuses: [IssueReportStatus!], $districtId: ID, $near: NearPointInput, $after: String) {
  ...LayoutData
  ...MapSettings
  reportCategories {
    code
    name
    group
  }
  municipality {
    inseeCode
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
    near: $near
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
fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
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
  distanceMeters
  category {
    code
    name
  }
}`) as unknown as TypedDocumentString<IssueReportsQuery, IssueReportsQueryVariables>;
export const IssueReportGroupsDocument = new TypedDocumentString(`
    query IssueReportGroups($categoryCodes: [String!], $statuses: [IssueReportStatus!], $districtId: ID, $near: NearPointInput, $box: BoundingBoxInput) {
  issueReportGroups(
    categoryCodes: $categoryCodes
    statuses: $statuses
    districtId: $districtId
    near: $near
    box: $box
    divisions: 6
  ) {
    count
    latitude
    longitude
    south
    west
    north
    east
  }
}
    `) as unknown as TypedDocumentString<IssueReportGroupsQuery, IssueReportGroupsQueryVariables>;
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
  distanceMeters
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
export const GeocodeBiasDocument = new TypedDocumentString(`
    query GeocodeBias {
  municipality {
    inseeCode
    bounds {
      south
      west
      north
      east
    }
  }
}
    `) as unknown as TypedDocumentString<GeocodeBiasQuery, GeocodeBiasQueryVariables>;
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
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts($search: String, $after: String) {
  ...LayoutData
  me {
    id
  }
  accounts(search: $search, after: $after, first: 25) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayName
        email
        role
        verified
        blocked
        createdAt
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
}`) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffSetAccountRoleDocument = new TypedDocumentString(`
    mutation StaffSetAccountRole($input: SetAccountRoleInput!) {
  setAccountRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<StaffSetAccountRoleMutation, StaffSetAccountRoleMutationVariables>;
export const StaffApiKeysDocument = new TypedDocumentString(`
    query StaffApiKeys {
  ...LayoutData
  open311ApiKeys {
    id
    name
    createdAt
    revokedAt
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
}`) as unknown as TypedDocumentString<StaffApiKeysQuery, StaffApiKeysQueryVariables>;
export const StaffCreateApiKeyDocument = new TypedDocumentString(`
    mutation StaffCreateApiKey($input: CreateOpen311ApiKeyInput!) {
  createOpen311ApiKey(input: $input) {
    key
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCreateApiKeyMutation, StaffCreateApiKeyMutationVariables>;
export const StaffRevokeApiKeyDocument = new TypedDocumentString(`
    mutation StaffRevokeApiKey($input: RevokeOpen311ApiKeyInput!) {
  revokeOpen311ApiKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffRevokeApiKeyMutation, StaffRevokeApiKeyMutationVariables>;
export const StaffOpenDataDocument = new TypedDocumentString(`
    query StaffOpenData {
  ...LayoutData
  auditLog(action: "open-data.export-request", first: 10) {
    edges {
      node {
        sequence
        occurredAt
        subjectId
        payload
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
}`) as unknown as TypedDocumentString<StaffOpenDataQuery, StaffOpenDataQueryVariables>;
export const StaffExportJobDocument = new TypedDocumentString(`
    query StaffExportJob($id: ID!) {
  ...LayoutData
  exportJob(id: $id) {
    id
    dataset
    format
    status
    progress
    publishedFiles
    error
    requestedAt
    finishedAt
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
}`) as unknown as TypedDocumentString<StaffExportJobQuery, StaffExportJobQueryVariables>;
export const StaffRequestExportDocument = new TypedDocumentString(`
    mutation StaffRequestExport($input: RequestExportInput!) {
  requestExport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffRequestExportMutation, StaffRequestExportMutationVariables>;
export const StaffAuditLogDocument = new TypedDocumentString(`
    query StaffAuditLog($action: String, $after: String, $verify: Boolean!) {
  ...LayoutData
  auditChainStatus @include(if: $verify) {
    intact
    checkedEntries
    brokenAtSequence
    reason
    checkedAt
  }
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
export const StaffPaperBallotsDocument = new TypedDocumentString(`
    query StaffPaperBallots($id: ID!) {
  ...LayoutData
  budget(id: $id) {
    ...BudgetDetails
    paperPrecedence
    turnout {
      ballots
      online
      paper
      setAside
    }
  }
  paperBallotBatches(budgetId: $id) {
    id
    pollingPlace
    status
    accepted
    refusedCount
  }
}
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
}`) as unknown as TypedDocumentString<StaffPaperBallotsQuery, StaffPaperBallotsQueryVariables>;
export const RecordPaperSheetDocument = new TypedDocumentString(`
    mutation RecordPaperSheet($input: RecordPaperBallotsInput!) {
  recordPaperBallots(input: $input) {
    id
    accepted
    refusedCount
  }
}
    `) as unknown as TypedDocumentString<RecordPaperSheetMutation, RecordPaperSheetMutationVariables>;
export const MarkVotedInPersonDocument = new TypedDocumentString(`
    mutation MarkVotedInPerson($input: MarkVotedInPersonInput!) {
  markVotedInPerson(input: $input)
}
    `) as unknown as TypedDocumentString<MarkVotedInPersonMutation, MarkVotedInPersonMutationVariables>;
export const StaffPaperBatchNewDocument = new TypedDocumentString(`
    query StaffPaperBatchNew($id: ID!) {
  ...LayoutData
  budget(id: $id) {
    ...BudgetDetails
    paperPrecedence
  }
}
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
}`) as unknown as TypedDocumentString<StaffPaperBatchNewQuery, StaffPaperBatchNewQueryVariables>;
export const StaffPaperBatchDocument = new TypedDocumentString(`
    query StaffPaperBatch($id: ID!, $batchId: ID!) {
  ...LayoutData
  budget(id: $id) {
    ...BudgetDetails
    paperPrecedence
  }
  paperBallotBatch(id: $batchId) {
    id
    budgetId
    pollingPlace
    status
    accepted
    firstEntryByYou
    refusedCount
    differences {
      index
      first {
        projectIds
        points
        refusalCode
      }
      second {
        projectIds
        points
        refusalCode
      }
    }
  }
}
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
}`) as unknown as TypedDocumentString<StaffPaperBatchQuery, StaffPaperBatchQueryVariables>;
export const StaffPaperBatchSheetsDocument = new TypedDocumentString(`
    query StaffPaperBatchSheets($batchId: ID!) {
  paperBallotBatch(id: $batchId) {
    id
    sheets {
      projectIds
      points
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPaperBatchSheetsQuery, StaffPaperBatchSheetsQueryVariables>;
export const RecordPaperBatchDocument = new TypedDocumentString(`
    mutation RecordPaperBatch($input: RecordPaperBallotsInput!) {
  recordPaperBallots(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordPaperBatchMutation, RecordPaperBatchMutationVariables>;
export const SecondPaperEntryDocument = new TypedDocumentString(`
    mutation SecondPaperEntry($input: PaperBallotEntryInput!) {
  recordPaperBallotsSecondEntry(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SecondPaperEntryMutation, SecondPaperEntryMutationVariables>;
export const ResolvePaperBatchDocument = new TypedDocumentString(`
    mutation ResolvePaperBatch($input: PaperBallotEntryInput!) {
  resolvePaperBallotBatch(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolvePaperBatchMutation, ResolvePaperBatchMutationVariables>;
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
export const StaffBudgetNewDocument = new TypedDocumentString(`
    query StaffBudgetNew {
  ...LayoutData
  voteGroups {
    ...VoteGroupFields
  }
}
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
}`) as unknown as TypedDocumentString<StaffBudgetNewQuery, StaffBudgetNewQueryVariables>;
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
    paperPrecedence
    minProjects
    maxProjects
    maxPoints
    minSpendingShare
    population
    minAge
    maxAge
    voteGroup {
      ...VoteGroupFields
    }
    projects {
      id
      title
      description
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
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
export const StaffUpdateBudgetProjectDocument = new TypedDocumentString(`
    mutation StaffUpdateBudgetProject($input: UpdateBudgetProjectInput!) {
  updateBudgetProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffUpdateBudgetProjectMutation, StaffUpdateBudgetProjectMutationVariables>;
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
export const StaffVoteGroupsDocument = new TypedDocumentString(`
    query StaffVoteGroups {
  ...LayoutData
  voteGroups {
    ...VoteGroupFields
    budgets {
      id
      title
    }
  }
}
    fragment VoteGroupFields on VoteGroup {
  id
  title
  rule
  maxBudgets
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
}`) as unknown as TypedDocumentString<StaffVoteGroupsQuery, StaffVoteGroupsQueryVariables>;
export const StaffCreateVoteGroupDocument = new TypedDocumentString(`
    mutation StaffCreateVoteGroup($input: CreateVoteGroupInput!) {
  createVoteGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffCreateVoteGroupMutation, StaffCreateVoteGroupMutationVariables>;
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
export const StaffVerificationPageDocument = new TypedDocumentString(`
    query StaffVerificationPage {
  ...LayoutData
  municipality {
    districts {
      id
      name
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
}`) as unknown as TypedDocumentString<StaffVerificationPageQuery, StaffVerificationPageQueryVariables>;
export const StaffAccountLookupDocument = new TypedDocumentString(`
    query StaffAccountLookup($search: String!) {
  accountLookup(search: $search) {
    accounts {
      id
      displayName
      emailHint
      createdAt
      emailConfirmed
      blocked
      verified
    }
    more
  }
}
    `) as unknown as TypedDocumentString<StaffAccountLookupQuery, StaffAccountLookupQueryVariables>;
export const StaffVerifyInPersonDocument = new TypedDocumentString(`
    mutation StaffVerifyInPerson($input: VerifyResidentInPersonInput!) {
  verifyResidentInPerson(input: $input)
}
    `) as unknown as TypedDocumentString<StaffVerifyInPersonMutation, StaffVerifyInPersonMutationVariables>;
export const StaffConsultationsDocument = new TypedDocumentString(`
    query StaffConsultations($after: String) {
  ...LayoutData
  consultations(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        published
        currentPhase
        figures {
          proposals
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
}`) as unknown as TypedDocumentString<StaffConsultationsQuery, StaffConsultationsQueryVariables>;
export const StaffConsultationNewDocument = new TypedDocumentString(`
    query StaffConsultationNew {
  ...LayoutData
  municipality {
    districts {
      id
      name
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
}`) as unknown as TypedDocumentString<StaffConsultationNewQuery, StaffConsultationNewQueryVariables>;
export const StaffConsultationDocument = new TypedDocumentString(`
    query StaffConsultation($id: ID!) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
  consultation(id: $id) {
    id
    title
    description
    districtId
    published
    currentPhase
    supportLimit
    supportThreshold
    proposalLimit
    hideThreshold
    population
    minAge
    maxAge
    phases {
      kind
      startsAt
      endsAt
    }
    categories {
      id
      name
    }
    figures {
      proposals
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
}`) as unknown as TypedDocumentString<StaffConsultationQuery, StaffConsultationQueryVariables>;
export const StaffCreateConsultationDocument = new TypedDocumentString(`
    mutation StaffCreateConsultation($input: CreateConsultationInput!) {
  createConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffCreateConsultationMutation, StaffCreateConsultationMutationVariables>;
export const StaffUpdateConsultationDocument = new TypedDocumentString(`
    mutation StaffUpdateConsultation($input: UpdateConsultationInput!) {
  updateConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffUpdateConsultationMutation, StaffUpdateConsultationMutationVariables>;
export const StaffPublishConsultationDocument = new TypedDocumentString(`
    mutation StaffPublishConsultation($id: ID!) {
  publishConsultation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffPublishConsultationMutation, StaffPublishConsultationMutationVariables>;
export const StaffUnpublishConsultationDocument = new TypedDocumentString(`
    mutation StaffUnpublishConsultation($id: ID!) {
  unpublishConsultation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffUnpublishConsultationMutation, StaffUnpublishConsultationMutationVariables>;
export const StaffDashboardDocument = new TypedDocumentString(`
    query StaffDashboard($days: Int!) {
  ...LayoutData
  municipality {
    districts {
      id
      name
    }
  }
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
}`) as unknown as TypedDocumentString<StaffDashboardQuery, StaffDashboardQueryVariables>;
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
        history {
          action
          reason
          decidedAt
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
    mutation StaffHideContent($id: ID!, $reason: String) {
  hideContent(moderationId: $id, reason: $reason)
}
    `) as unknown as TypedDocumentString<StaffHideContentMutation, StaffHideContentMutationVariables>;
export const StaffRestoreContentDocument = new TypedDocumentString(`
    mutation StaffRestoreContent($id: ID!, $reason: String) {
  restoreContent(moderationId: $id, reason: $reason)
}
    `) as unknown as TypedDocumentString<StaffRestoreContentMutation, StaffRestoreContentMutationVariables>;
export const StaffDismissReportsDocument = new TypedDocumentString(`
    mutation StaffDismissReports($id: ID!, $reason: String) {
  dismissReports(moderationId: $id, reason: $reason)
}
    `) as unknown as TypedDocumentString<StaffDismissReportsMutation, StaffDismissReportsMutationVariables>;
export const StaffBlockAuthorDocument = new TypedDocumentString(`
    mutation StaffBlockAuthor($id: ID!, $reason: String) {
  blockAuthor(moderationId: $id, reason: $reason)
}
    `) as unknown as TypedDocumentString<StaffBlockAuthorMutation, StaffBlockAuthorMutationVariables>;
export const StaffProposalsDocument = new TypedDocumentString(`
    query StaffProposals($consultationId: ID!, $filter: ProposalFilterInput, $after: String) {
  ...LayoutData
  consultation(id: $consultationId) {
    id
    title
    supportThreshold
  }
  proposals(
    consultationId: $consultationId
    filter: $filter
    orderBy: MOST_SUPPORTED
    first: 50
    after: $after
  ) {
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
        supportCount
        thresholdReached
        answer {
          status
          published
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
}`) as unknown as TypedDocumentString<StaffProposalsQuery, StaffProposalsQueryVariables>;
export const StaffProposalDocument = new TypedDocumentString(`
    query StaffProposal($id: ID!) {
  ...LayoutData
  proposal(id: $id) {
    id
    consultationId
    title
    body
    bodyHtml
    status
    supportCount
    supportThreshold
    thresholdReached
    hidden
    districtId
    address
    publishedAt
    category {
      name
    }
    author {
      displayName
    }
    answer {
      status
      answer
      answerHtml
      published
      publishedAt
    }
  }
  draftBudgets: budgets(status: DRAFT, first: 50) {
    edges {
      node {
        id
        title
        totalAmount
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
}`) as unknown as TypedDocumentString<StaffProposalQuery, StaffProposalQueryVariables>;
export const StaffAnswerProposalDocument = new TypedDocumentString(`
    mutation StaffAnswerProposal($input: AnswerProposalInput!) {
  answerProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAnswerProposalMutation, StaffAnswerProposalMutationVariables>;
export const StaffPublishProposalAnswerDocument = new TypedDocumentString(`
    mutation StaffPublishProposalAnswer($id: ID!) {
  publishProposalAnswer(proposalId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffPublishProposalAnswerMutation, StaffPublishProposalAnswerMutationVariables>;
export const StaffProposalProjectDocument = new TypedDocumentString(`
    mutation StaffProposalProject($input: AddBudgetProjectInput!) {
  addBudgetProject(input: $input) {
    id
    budgetId
  }
}
    `) as unknown as TypedDocumentString<StaffProposalProjectMutation, StaffProposalProjectMutationVariables>;
export const StaffReportCategoriesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<StaffReportCategoriesQuery, StaffReportCategoriesQueryVariables>;
export const StaffUpsertReportCategoryDocument = new TypedDocumentString(`
    mutation StaffUpsertReportCategory($input: UpsertReportCategoryInput!) {
  upsertReportCategory(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<StaffUpsertReportCategoryMutation, StaffUpsertReportCategoryMutationVariables>;
export const StaffTriageReportsDocument = new TypedDocumentString(`
    query StaffTriageReports($statuses: [IssueReportStatus!], $categoryCodes: [String!], $districtId: ID, $department: String, $createdTo: DateTime, $after: String) {
  ...LayoutData
  ...MapSettings
  reportCategories {
    code
    name
  }
  municipality {
    districts {
      id
      name
    }
  }
  triageReports(
    statuses: $statuses
    categoryCodes: $categoryCodes
    districtId: $districtId
    department: $department
    createdTo: $createdTo
    after: $after
    first: 25
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        description
        address
        latitude
        longitude
        status
        department
        districtName
        createdAt
        category {
          name
        }
        updates {
          note
          createdAt
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
}
fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
    }
  }
}`) as unknown as TypedDocumentString<StaffTriageReportsQuery, StaffTriageReportsQueryVariables>;
export const StaffBulkReportStatusDocument = new TypedDocumentString(`
    mutation StaffBulkReportStatus($input: BulkUpdateIssueReportStatusInput!) {
  bulkUpdateIssueReportStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffBulkReportStatusMutation, StaffBulkReportStatusMutationVariables>;
export const StaffAssignReportDepartmentDocument = new TypedDocumentString(`
    mutation StaffAssignReportDepartment($input: AssignReportDepartmentInput!) {
  assignReportDepartment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAssignReportDepartmentMutation, StaffAssignReportDepartmentMutationVariables>;
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
export const StaffTrackedItemsDocument = new TypedDocumentString(`
    query StaffTrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $year: Int, $after: String) {
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
    year: $year
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        sourceType
        status
        progressPercent
        districtId
        year
        department
        updatedAt
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
}`) as unknown as TypedDocumentString<StaffTrackedItemsQuery, StaffTrackedItemsQueryVariables>;
export const StaffTrackedItemDocument = new TypedDocumentString(`
    query StaffTrackedItem($id: ID!) {
  ...LayoutData
  ...MapSettings
  districts: municipality {
    districts {
      id
      name
    }
  }
  trackedItem(id: $id) {
    ...TrackedItemFacts
    latitude
    longitude
    updatedAt
    ...TrackedItemRecord
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
fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
    }
  }
}
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
}`) as unknown as TypedDocumentString<StaffTrackedItemQuery, StaffTrackedItemQueryVariables>;
export const StaffUpdateTrackedItemDocument = new TypedDocumentString(`
    mutation StaffUpdateTrackedItem($input: UpdateTrackedItemInput!) {
  updateTrackedItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffUpdateTrackedItemMutation, StaffUpdateTrackedItemMutationVariables>;
export const StaffAddTrackedItemUpdateDocument = new TypedDocumentString(`
    mutation StaffAddTrackedItemUpdate($input: AddTrackedItemUpdateInput!) {
  addTrackedItemUpdate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffAddTrackedItemUpdateMutation, StaffAddTrackedItemUpdateMutationVariables>;
export const StaffLinkDeliberationDocument = new TypedDocumentString(`
    mutation StaffLinkDeliberation($input: LinkDeliberationInput!) {
  linkDeliberation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffLinkDeliberationMutation, StaffLinkDeliberationMutationVariables>;
export const TrackedItemsDocument = new TypedDocumentString(`
    query TrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $after: String) {
  ...LayoutData
  ...MapSettings
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
        latitude
        longitude
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
fragment MapSettings on Query {
  municipality {
    map {
      tileUrlTemplate
      attribution
      minZoom
      maxZoom
      boundsMarginMeters
    }
    bounds {
      south
      west
      north
      east
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
    ...TrackedItemFacts
    updatedAt
    followedByMe
    ...TrackedItemRecord
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