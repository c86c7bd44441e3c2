import { Role } from '@quorum/access';
import { randomBytes } from 'node:crypto';
import { ExportJobs, OpenDataFormat, OpenDataset } from '@quorum/open-data';
import { ApiKeyService } from '@quorum/reports';
import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { AccountTokenPurpose } from '../../libs/identity/src/entities/account-token.entity';
import {
  createUser,
  FACTORY_PASSWORD,
  freshCensusCode,
  insertCensusCodes,
  issueAccountToken,
  TestUser,
} from '../utils/users.factory';
import { CAPITOLE } from '../utils/reports.factory';
import { deliberationInput, insertTrackedItem } from '../utils/tracking.factory';
import { TestApi } from '../utils/test-api';

/**
 * Who may call each GraphQL operation, and with which arguments the test
 * calls it. `authorization.e2e-spec.ts` runs every Query and Mutation of the
 * schema as each caller below and compares the outcome with this table; an
 * operation missing here fails that test.
 *
 * To add an operation: add `'Mutation.name': { expected: STAFF, args: (c) => ({ ... }) }`
 * (or Query.name). `expected` is one of the shorthands below or an explicit
 * outcome per caller; `args` returns the variables, built from real seeded
 * rows (or rows the builder creates for this one call, when the operation
 * consumes them), so that OK means the operation really ran.
 */

async function freshAccountToken(api: TestApi, purpose: AccountTokenPurpose): Promise<string> {
  return issueAccountToken(api, (await createUser(api)).id, purpose);
}

export const CALLERS = ['anonymous', 'resident', 'verified', 'staff', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** OK: no error and data; otherwise the expected `extensions.code` of the first error. */
export type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_VERIFIED' | (string & {});
export type Expected = Record<Caller, Outcome>;

export const PUBLIC: Expected = { anonymous: 'OK', resident: 'OK', verified: 'OK', staff: 'OK', admin: 'OK' };
export const SIGNED_IN: Expected = { ...PUBLIC, anonymous: 'UNAUTHENTICATED' };
/** Verified residency is separate from role: staff accounts are not residents unless verified (these are not). */
export const VERIFIED: Expected = {
  anonymous: 'UNAUTHENTICATED',
  resident: 'NOT_VERIFIED',
  verified: 'OK',
  staff: 'NOT_VERIFIED',
  admin: 'NOT_VERIFIED',
};
export const STAFF: Expected = {
  anonymous: 'UNAUTHENTICATED',
  resident: 'FORBIDDEN',
  verified: 'FORBIDDEN',
  staff: 'OK',
  admin: 'OK',
};
export const ADMIN: Expected = { ...STAFF, staff: 'FORBIDDEN' };

/** Rows shared by every call, created once (see `seedMatrix`). */
export interface MatrixSeed {
  api: TestApi;
  staff: TestUser;
  author: TestUser;
  /** Published, PROPOSALS phase open. */
  proposalsConsultationId: string;
  /** Published, SUPPORTS phase open. */
  supportsConsultationId: string;
  proposalId: string;
  supportableProposalId: string;
  openBudget: { budgetId: string; projectIds: string[] };
  draftBudget: { budgetId: string; projectIds: string[] };
  /** Tallied budgets, one per caller allowed to publish. */
  talliedBudgetIds: string[];
  publishedReceipt: string;
  reportId: string;
  trackedItemId: string;
}

export interface CallContext {
  seed: MatrixSeed;
  caller: Caller;
  /** The caller's account; a fresh one per call (null when anonymous). */
  user: TestUser | null;
  /** Whether the table expects this call to run: builders skip costly setup otherwise. */
  allowed: boolean;
}

export type Variables = Record<string, unknown>;

export interface MatrixEntry {
  expected: Expected;
  args?: (context: CallContext) => Variables | Promise<Variables>;
}

const staffGql = ({ seed }: CallContext) => seed.api.gql.as(seed.staff.token);

/** A proposal of the PROPOSALS consultation, by the caller when signed in. */
async function ownProposal(c: CallContext, state: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED'): Promise<string> {
  if (!c.user) return c.seed.proposalId;
  const [id] = await insertProposals(c.seed.api, c.seed.proposalsConsultationId, [c.user.id], 1);
  if (state === 'DRAFT')
    await c.seed.api.db.query(`UPDATE proposals SET state = 'DRAFT', published_at = NULL WHERE id = $1`, [id]);
  return id;
}

async function freshProposal(c: CallContext): Promise<string> {
  const [id] = await insertProposals(c.seed.api, c.seed.proposalsConsultationId, [c.seed.author.id], 1);
  return id;
}

/** Content reported once, so that staff have a moderation item to act on. */
async function moderationItem(c: CallContext): Promise<string> {
  const author = await createUser(c.seed.api);
  const [proposalId] = await insertProposals(c.seed.api, c.seed.proposalsConsultationId, [author.id], 1);
  const reporter = await createUser(c.seed.api, { verified: true });
  await c.seed.api.gql.as(reporter.token).ok(`mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
    input: { targetType: 'PROPOSAL', targetId: proposalId, reason: 'SPAM' },
  });
  const [{ id }] = await c.seed.api.db.query(`SELECT id FROM moderations WHERE target_id = $1`, [proposalId]);
  return id;
}

async function draftBudget(c: CallContext, withProjects = true): Promise<string> {
  if (!c.allowed) return c.seed.draftBudget.budgetId;
  const { budgetId } = await createBudget(c.seed.api, c.seed.staff.token, {
    open: false,
    costs: withProjects ? [100, 200] : [],
  });
  return budgetId;
}

async function openBudget(c: CallContext): Promise<string> {
  if (!c.allowed) return c.seed.openBudget.budgetId;
  return (await createBudget(c.seed.api, c.seed.staff.token, { costs: [100, 200] })).budgetId;
}

/** An open budget taking paper ballots, one per seed (batches and marks add to it without consuming it). */
const paperBudgets = new WeakMap<MatrixSeed, Promise<{ budgetId: string; projectIds: string[] }>>();
function paperBudget(c: CallContext): Promise<{ budgetId: string; projectIds: string[] }> {
  if (!paperBudgets.has(c.seed))
    paperBudgets.set(
      c.seed,
      createBudget(c.seed.api, c.seed.staff.token, {
        ballotType: 'APPROVAL',
        costs: [100, 200],
        extra: { paperPrecedence: 'PAPER_WINS' },
      }),
    );
  return paperBudgets.get(c.seed)!;
}

const RECORD_PAPER = `mutation($input: RecordPaperBallotsInput!) { recordPaperBallots(input: $input) { id } }`;
const SECOND_PAPER_ENTRY = `mutation($input: PaperBallotEntryInput!) { recordPaperBallotsSecondEntry(input: $input) { id } }`;

/** A batch entered by the seed's staff, awaiting a second entry (or, `different`, whose second entry differed). */
async function paperBatch(c: CallContext, different = false): Promise<{ batchId: string; ballots: Variables[] }> {
  const { budgetId, projectIds } = await paperBudget(c);
  const ballots = [{ projectIds: [projectIds[0]] }];
  if (!c.allowed) return { batchId: c.seed.openBudget.budgetId, ballots };
  const { recordPaperBallots } = await staffGql(c).ok(RECORD_PAPER, {
    input: { budgetId, pollingPlace: 'Bureau 1', ballots, doubleEntry: true },
  });
  if (different) {
    const other = await createUser(c.seed.api, { role: Role.STAFF });
    await c.seed.api.gql.as(other.token).ok(SECOND_PAPER_ENTRY, {
      input: { batchId: recordPaperBallots.id, ballots: [{ projectIds: [projectIds[1]] }] },
    });
  }
  return { batchId: recordPaperBallots.id, ballots };
}

/** A vote group made by staff (each call its own: nothing depends on another call). */
async function voteGroup(c: CallContext): Promise<string> {
  const { createVoteGroup } = await staffGql(c).ok(
    `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`,
    { input: { title: 'Groupe de la matrice', rule: 'EXACTLY_ONE' } },
  );
  return createVoteGroup.id;
}

async function newReport(c: CallContext): Promise<string> {
  if (!c.allowed) return c.seed.reportId;
  const { submitIssueReport } = await c.seed.api.gql.ok(
    `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
    { input: reportInput() },
  );
  return submitIssueReport.id;
}

export function reportInput(): Variables {
  return { categoryCode: 'graffiti', description: 'Tag sur la façade de la mairie', ...CAPITOLE };
}

/** A tracked item of its own for a call that changes one. */
async function trackedItem(c: CallContext): Promise<string> {
  return c.allowed ? insertTrackedItem(c.seed.api) : c.seed.trackedItemId;
}

const unique = () => randomBytes(5).toString('hex');
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  // Queries
  'Query.accountLookup': { expected: STAFF, args: () => ({ search: 'habitant' }) },
  'Query.auditHead': { expected: PUBLIC },
  'Query.exportJob': {
    expected: STAFF,
    args: async (c) => ({
      id: c.allowed
        ? (await c.seed.api.app.get(ExportJobs).request(OpenDataset.BUDGETS, OpenDataFormat.CSV)).id
        : 'open-data-request-budgets-csv-0',
    }),
  },
  'Query.auditLog': { expected: PUBLIC },
  'Query.auditChainStatus': { expected: STAFF },
  'Query.accounts': { expected: ADMIN, args: () => ({ search: 'test', role: 'RESIDENT' }) },
  'Query.open311ApiKeys': { expected: ADMIN },
  'Query.ballotReceipt': { expected: PUBLIC, args: (c) => ({ receipt: c.seed.publishedReceipt }) },
  'Query.budget': { expected: PUBLIC, args: (c) => ({ id: c.seed.openBudget.budgetId }) },
  'Query.budgets': { expected: PUBLIC },
  'Query.voteGroup': { expected: PUBLIC, args: async (c) => ({ id: await voteGroup(c) }) },
  'Query.voteGroups': { expected: STAFF },
  'Query.comments': { expected: PUBLIC, args: (c) => ({ proposalId: c.seed.proposalId }) },
  'Query.consultation': { expected: PUBLIC, args: (c) => ({ id: c.seed.proposalsConsultationId }) },
  'Query.consultations': { expected: PUBLIC },
  'Query.issueReport': { expected: PUBLIC, args: (c) => ({ id: c.seed.reportId }) },
  'Query.issueReports': { expected: PUBLIC },
  'Query.issueReportGroups': { expected: PUBLIC },
  'Query.keyFigures': { expected: PUBLIC },
  'Query.me': { expected: PUBLIC },
  'Query.moderationQueue': { expected: STAFF },
  'Query.municipality': { expected: PUBLIC },
  'Query.myBallot': { expected: SIGNED_IN, args: (c) => ({ budgetId: c.seed.openBudget.budgetId }) },
  'Query.myDataExport': { expected: SIGNED_IN },
  'Query.myMailPreferences': { expected: SIGNED_IN },
  'Query.myReports': { expected: SIGNED_IN },
  'Query.myProposals': { expected: SIGNED_IN },
  'Query.mySupports': { expected: SIGNED_IN },
  'Query.previewProposalBody': { expected: SIGNED_IN, args: () => ({ body: 'Des **bancs**' }) },
  'Query.nearbyReports': { expected: PUBLIC, args: () => ({ ...CAPITOLE }) },
  'Query.proposal': { expected: PUBLIC, args: (c) => ({ id: c.seed.proposalId }) },
  'Query.proposals': { expected: PUBLIC, args: (c) => ({ consultationId: c.seed.proposalsConsultationId }) },
  'Query.staffDashboard': { expected: STAFF, args: () => ({ days: 30 }) },
  'Query.searchProposals': { expected: PUBLIC, args: () => ({ query: 'proposition' }) },
  'Query.reportCategories': { expected: PUBLIC },
  'Query.allReportCategories': { expected: STAFF },
  'Query.triageReports': { expected: STAFF },
  'Query.trackedItem': { expected: PUBLIC, args: (c) => ({ id: c.seed.trackedItemId }) },
  'Query.trackedItems': { expected: PUBLIC, args: () => ({ statuses: ['PLANNED'], year: 2026 }) },
  'Query.myTrackingNotifications': { expected: SIGNED_IN },

  // Mutations: accounts
  'Mutation.register': {
    expected: PUBLIC,
    args: () => ({
      input: { email: `matrix-${unique()}@test.quorum`, password: 'une phrase de passe solide', displayName: 'Ana' },
    }),
  },
  // Public: the emailed link's token is the credential, whoever holds it (an unknown one answers
  // TOKEN_INVALID to everyone, test/e2e/mail-accounts.e2e-spec.ts); each call gets a fresh account and a real token.
  'Mutation.confirmEmail': {
    expected: PUBLIC,
    args: async (c) => ({
      input: { token: await freshAccountToken(c.seed.api, AccountTokenPurpose.EMAIL_CONFIRMATION) },
    }),
  },
  'Mutation.requestPasswordReset': {
    expected: PUBLIC,
    args: () => ({ input: { email: `nobody-${unique()}@test.quorum` } }),
  },
  'Mutation.resetPassword': {
    expected: PUBLIC,
    args: async (c) => ({
      input: {
        token: await freshAccountToken(c.seed.api, AccountTokenPurpose.PASSWORD_RESET),
        newPassword: 'une phrase de passe solide',
      },
    }),
  },
  'Mutation.login': {
    expected: PUBLIC,
    args: (c) => ({ input: { email: c.seed.author.email, password: FACTORY_PASSWORD } }),
  },
  'Mutation.deleteMyAccount': { expected: SIGNED_IN, args: () => ({ input: { password: FACTORY_PASSWORD } }) },
  'Mutation.requestMyData': { expected: SIGNED_IN },
  'Mutation.updateMyAccount': { expected: SIGNED_IN, args: () => ({ input: { displayName: 'Ana Matrix' } }) },
  'Mutation.changePassword': {
    expected: SIGNED_IN,
    args: () => ({ input: { currentPassword: FACTORY_PASSWORD, newPassword: 'une autre phrase solide' } }),
  },
  'Mutation.verifyResidency': {
    expected: { ...SIGNED_IN, verified: 'ALREADY_VERIFIED' },
    args: async (c) => {
      const code = `M${unique().toUpperCase()}`;
      await insertCensusCodes(c.seed.api, [code]);
      return { input: { censusCode: code } };
    },
  },
  'Mutation.verifyResidentInPerson': {
    expected: STAFF,
    args: async (c) => ({
      input: {
        userId: (await createUser(c.seed.api)).id,
        reason: "Carte d'identité vue au guichet",
        censusCode: await freshCensusCode(c.seed.api),
      },
    }),
  },
  'Mutation.updateMunicipalitySettings': {
    expected: ADMIN,
    args: () => ({ input: { primaryColor: '#1f4e8c' } }),
  },
  'Mutation.importCensus': { expected: STAFF, args: () => ({ input: { csv: `code\nM${unique().toUpperCase()}\n` } }) },

  // Mutations: consultations and proposals
  'Mutation.createConsultation': {
    expected: STAFF,
    args: () => ({
      input: {
        title: 'Consultation de la matrice',
        description: 'Une consultation',
        phases: [{ kind: 'PROPOSALS', startsAt: inHours(1), endsAt: inHours(48) }],
      },
    }),
  },
  'Mutation.updateConsultation': {
    expected: STAFF,
    args: (c) => ({ input: { id: c.seed.proposalsConsultationId, title: 'Consultation renommée' } }),
  },
  'Mutation.publishConsultation': {
    expected: STAFF,
    args: async (c) => ({
      id: c.allowed
        ? (await createConsultation(c.seed.api, c.seed.staff.token, { publish: false })).id
        : c.seed.proposalsConsultationId,
    }),
  },
  'Mutation.unpublishConsultation': {
    expected: STAFF,
    args: async (c) => ({
      id: c.allowed ? (await createConsultation(c.seed.api, c.seed.staff.token)).id : c.seed.proposalsConsultationId,
    }),
  },
  'Mutation.submitProposal': {
    expected: SIGNED_IN,
    args: (c) => ({
      input: {
        consultationId: c.seed.proposalsConsultationId,
        title: 'Des bancs le long du canal',
        body: 'Pour se reposer.',
      },
    }),
  },
  'Mutation.updateProposal': {
    expected: SIGNED_IN,
    args: async (c) => ({ input: { proposalId: await ownProposal(c), title: 'Un titre corrigé ici' } }),
  },
  'Mutation.publishProposal': { expected: SIGNED_IN, args: async (c) => ({ id: await ownProposal(c, 'DRAFT') }) },
  'Mutation.withdrawProposal': {
    expected: SIGNED_IN,
    args: async (c) => ({ input: { proposalId: await ownProposal(c), reason: 'Fait par la mairie' } }),
  },
  'Mutation.supportProposal': { expected: VERIFIED, args: (c) => ({ proposalId: c.seed.supportableProposalId }) },
  'Mutation.withdrawSupport': { expected: VERIFIED, args: (c) => ({ proposalId: c.seed.supportableProposalId }) },
  'Mutation.followProposal': { expected: SIGNED_IN, args: (c) => ({ input: { proposalId: c.seed.proposalId } }) },
  'Mutation.unfollowProposal': { expected: SIGNED_IN, args: (c) => ({ input: { proposalId: c.seed.proposalId } }) },
  'Mutation.answerProposal': {
    expected: STAFF,
    args: async (c) => ({
      input: { proposalId: await freshProposal(c), answer: 'À l’étude', status: 'EVALUATING' },
    }),
  },
  'Mutation.publishProposalAnswer': {
    expected: STAFF,
    args: async (c) => {
      const proposalId = await freshProposal(c);
      await staffGql(c).ok(`mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`, {
        input: { proposalId, answer: 'Accepté', status: 'ACCEPTED', publish: false },
      });
      return { proposalId };
    },
  },
  'Mutation.addComment': {
    expected: SIGNED_IN,
    args: (c) => ({ input: { proposalId: c.seed.proposalId, body: 'Bonne idée !' } }),
  },
  'Mutation.reportContent': {
    expected: VERIFIED,
    args: async (c) => ({ input: { targetType: 'PROPOSAL', targetId: await freshProposal(c), reason: 'OFF_TOPIC' } }),
  },
  'Mutation.hideContent': { expected: STAFF, args: async (c) => ({ moderationId: await moderationItem(c) }) },
  'Mutation.restoreContent': { expected: STAFF, args: async (c) => ({ moderationId: await moderationItem(c) }) },
  'Mutation.dismissReports': { expected: STAFF, args: async (c) => ({ moderationId: await moderationItem(c) }) },
  'Mutation.blockAuthor': { expected: STAFF, args: async (c) => ({ moderationId: await moderationItem(c) }) },

  // Mutations: budgets
  'Mutation.createBudget': {
    expected: STAFF,
    args: () => ({
      input: {
        title: 'Budget de la matrice',
        totalAmount: 1000,
        ballotType: 'APPROVAL',
        votingOpensAt: inHours(1),
        votingClosesAt: inHours(48),
      },
    }),
  },
  'Mutation.createVoteGroup': {
    expected: STAFF,
    args: () => ({ input: { title: 'Ville et quartiers', rule: 'UP_TO_N', maxBudgets: 2 } }),
  },
  'Mutation.addBudgetProject': {
    expected: STAFF,
    args: (c) => ({ input: { budgetId: c.seed.draftBudget.budgetId, title: 'Un projet de plus', cost: 50 } }),
  },
  'Mutation.updateBudgetProject': {
    expected: STAFF,
    args: (c) => ({ input: { projectId: c.seed.draftBudget.projectIds[1], cost: 150 + CALLERS.indexOf(c.caller) } }),
  },
  'Mutation.setBudgetProjectFeasibility': {
    expected: STAFF,
    args: (c) => ({
      input: { projectId: c.seed.draftBudget.projectIds[0], feasibility: 'UNFEASIBLE', explanation: 'Trop cher' },
    }),
  },
  'Mutation.openVoting': { expected: STAFF, args: async (c) => ({ budgetId: await draftBudget(c) }) },
  'Mutation.rescheduleVoting': {
    expected: STAFF,
    args: (c) => ({ input: { budgetId: c.seed.draftBudget.budgetId, votingClosesAt: inHours(72) } }),
  },
  'Mutation.closeVoting': { expected: STAFF, args: async (c) => ({ budgetId: await openBudget(c) }) },
  'Mutation.retryTally': {
    expected: STAFF,
    args: async (c) => {
      const budgetId = await openBudget(c);
      if (c.allowed) {
        // A tally that failed for good (see budgets-tally.e2e-spec.ts for how one fails for real).
        await c.seed.api.db.query(`UPDATE budgets SET status = 'CLOSED', tally_error = 'matrix' WHERE id = $1`, [
          budgetId,
        ]);
      }
      return { budgetId };
    },
  },
  'Mutation.publishResult': {
    expected: STAFF,
    args: (c) => ({
      budgetId:
        (c.allowed ? c.seed.talliedBudgetIds.pop() : c.seed.talliedBudgetIds.at(-1)) ?? c.seed.openBudget.budgetId,
    }),
  },
  'Mutation.castBallot': {
    expected: VERIFIED,
    args: (c) => ({ input: { budgetId: c.seed.openBudget.budgetId, projectIds: [c.seed.openBudget.projectIds[0]] } }),
  },
  'Mutation.recordPaperBallots': {
    expected: STAFF,
    args: async (c) => {
      const { budgetId, projectIds } = await paperBudget(c);
      return { input: { budgetId, pollingPlace: 'Bureau 1', ballots: [{ projectIds: [projectIds[0]] }] } };
    },
  },
  'Mutation.recordPaperBallotsSecondEntry': { expected: STAFF, args: async (c) => ({ input: await paperBatch(c) }) },
  'Mutation.resolvePaperBallotBatch': { expected: STAFF, args: async (c) => ({ input: await paperBatch(c, true) }) },
  'Query.paperBallotBatch': { expected: STAFF, args: async (c) => ({ id: (await paperBatch(c)).batchId }) },
  'Query.paperBallotBatches': { expected: STAFF, args: async (c) => ({ budgetId: (await paperBudget(c)).budgetId }) },
  'Mutation.markVotedInPerson': {
    expected: STAFF,
    args: async (c) => ({
      input: {
        budgetId: (await paperBudget(c)).budgetId,
        censusCode: c.allowed ? await freshCensusCode(c.seed.api) : 'MATRIX0000',
      },
    }),
  },
  'Mutation.followBudget': { expected: SIGNED_IN, args: (c) => ({ input: { budgetId: c.seed.openBudget.budgetId } }) },
  'Mutation.unfollowBudget': {
    expected: SIGNED_IN,
    args: (c) => ({ input: { budgetId: c.seed.openBudget.budgetId } }),
  },

  // Mutations: mail
  'Mutation.updateMyMailPreferences': {
    expected: SIGNED_IN,
    args: () => ({ input: { ballots: true, reports: false, follows: true } }),
  },

  // Mutations: open data
  'Mutation.requestExport': { expected: STAFF, args: () => ({ input: { dataset: 'BUDGETS', format: 'CSV' } }) },

  // Mutations: issue reports
  'Mutation.submitIssueReport': { expected: PUBLIC, args: () => ({ input: reportInput() }) },
  'Mutation.updateIssueReportStatus': {
    expected: STAFF,
    args: async (c) => ({ input: { reportId: await newReport(c), status: 'ACKNOWLEDGED', note: 'Vu' } }),
  },
  'Mutation.bulkUpdateIssueReportStatus': {
    expected: STAFF,
    args: async (c) => ({ input: { reportIds: [await newReport(c)], status: 'IN_PROGRESS' } }),
  },
  'Mutation.assignReportDepartment': {
    expected: STAFF,
    args: async (c) => ({ input: { reportIds: [await newReport(c)], department: 'Propreté' } }),
  },
  'Mutation.followIssueReport': { expected: SIGNED_IN, args: (c) => ({ input: { reportId: c.seed.reportId } }) },
  'Mutation.unfollowIssueReport': { expected: SIGNED_IN, args: (c) => ({ input: { reportId: c.seed.reportId } }) },
  'Mutation.upsertReportCategory': {
    expected: STAFF,
    args: () => ({ input: { code: `matrix_${unique()}`, name: 'Catégorie de test' } }),
  },

  'Mutation.createOpen311ApiKey': { expected: ADMIN, args: () => ({ input: { name: `Client ${unique()}` } }) },
  'Mutation.revokeOpen311ApiKey': {
    expected: ADMIN,
    args: async (c) => ({
      input: {
        apiKeyId: c.allowed
          ? (await c.seed.api.app.get(ApiKeyService).create(`matrix ${unique()}`)).id
          : '00000000-0000-4000-8000-000000000000',
      },
    }),
  },

  // Mutations: accounts and roles (admins)
  'Mutation.setAccountRole': {
    expected: ADMIN,
    args: async (c) => ({
      input: { userId: c.allowed ? (await createUser(c.seed.api)).id : c.seed.author.id, role: 'STAFF' },
    }),
  },

  // Mutations: tracking funded projects and accepted proposals
  'Mutation.updateTrackedItem': {
    expected: STAFF,
    args: async (c) => ({
      input: {
        trackedItemId: await trackedItem(c),
        status: 'IN_WORKS',
        progressPercent: 40,
        committedCents: 1_250_000,
      },
    }),
  },
  'Mutation.addTrackedItemUpdate': {
    expected: STAFF,
    args: (c) => ({
      input: { trackedItemId: c.seed.trackedItemId, body: 'Les travaux ont commencé lundi.', occurredOn: '2026-04-06' },
    }),
  },
  'Mutation.linkDeliberation': {
    expected: STAFF,
    args: async (c) => ({ input: deliberationInput(await trackedItem(c), `DEL-${unique()}`) }),
  },
  'Mutation.followTrackedItem': {
    expected: SIGNED_IN,
    args: (c) => ({ input: { trackedItemId: c.seed.trackedItemId } }),
  },
};

/** A fresh account for one call: the matrix never reuses one, since calls change accounts (erasure, verification). */
export async function accountFor(api: TestApi, caller: Caller): Promise<TestUser | null> {
  switch (caller) {
    case 'anonymous':
      return null;
    case 'resident':
      return createUser(api);
    case 'verified':
      return createUser(api, { verified: true });
    case 'staff':
      return createUser(api, { role: Role.STAFF });
    case 'admin':
      return createUser(api, { role: Role.ADMIN });
  }
}
