/**
 * Every URL of the website, in one place: controllers route on PATHS, pages
 * link with `links`, so no domain builds another's URLs by hand. Paths are
 * French, the commune's language.
 */
export const PATHS = {
  home: '/',
  signIn: '/connexion',
  signUp: '/inscription',
  signOut: '/deconnexion',
  account: '/mon-compte',
  accountName: '/mon-compte/nom',
  accountPassword: '/mon-compte/mot-de-passe',
  accountData: '/mon-compte/mes-donnees',
  accountDeletion: '/mon-compte/suppression',
  accountMail: '/mon-compte/courriels',
  residency: '/mon-compte/residence',
  search: '/recherche',
  language: '/langue',
  legalNotice: '/mentions-legales',
  personalData: '/donnees-personnelles',
  accessibility: '/accessibilite',
  siteMap: '/plan-du-site',
  assets: '/assets',
  budgets: '/budgets-participatifs',
  budget: '/budgets-participatifs/:id',
  ballot: '/budgets-participatifs/:id/vote',
  ballotCast: '/budgets-participatifs/:id/vote/confirmer',
  ballotReceipt: '/budgets-participatifs/:id/vote/recu',
  budgetResults: '/budgets-participatifs/:id/resultats',
  budgetRecount: '/budgets-participatifs/:id/recompter',
  receiptCheck: '/budgets-participatifs/verifier-un-recu',
  // Consultations and proposals (issue #18): reserved here so the pages built in parallel agree.
  consultations: '/consultations',
  consultation: '/consultations/:id',
  proposals: '/consultations/:id/propositions',
  newProposal: '/consultations/:id/propositions/nouvelle',
  proposal: '/propositions/:id',
  editProposal: '/propositions/:id/modifier',
  withdrawProposal: '/propositions/:id/retirer',
  reportContent: '/propositions/:id/signaler',
  myProposals: '/mon-compte/propositions',
  mySupports: '/mon-compte/soutiens',
  // The staff back office (issue #21): every route is listed with its role in libs/web/src/staff/staff-routes.ts.
  staff: '/gestion',
  staffModeration: '/gestion/moderation',
  staffModerationHide: '/gestion/moderation/:id/masquer',
  staffModerationRestore: '/gestion/moderation/:id/retablir',
  staffModerationDismiss: '/gestion/moderation/:id/classer',
  staffModerationBlock: '/gestion/moderation/:id/bloquer-auteur',
  staffCensus: '/gestion/recensement',
  staffBudgets: '/gestion/budgets',
  staffBudgetNew: '/gestion/budgets/nouveau',
  staffBudget: '/gestion/budgets/:id',
  staffBudgetProjects: '/gestion/budgets/:id/projets',
  staffBudgetFeasibility: '/gestion/budgets/:id/projets/:projectId/faisabilite',
  staffBudgetProject: '/gestion/budgets/:id/projets/:projectId',
  staffBudgetOpen: '/gestion/budgets/:id/ouvrir',
  staffBudgetSchedule: '/gestion/budgets/:id/calendrier',
  staffBudgetClose: '/gestion/budgets/:id/clore',
  staffBudgetRetry: '/gestion/budgets/:id/recompter',
  staffBudgetPublish: '/gestion/budgets/:id/publier',
  staffBudgetPaper: '/gestion/budgets/:id/bulletins-papier',
  staffBudgetPaperMark: '/gestion/budgets/:id/bulletins-papier/emargement',
  staffBudgetPaperBatchNew: '/gestion/budgets/:id/bulletins-papier/saisie-double',
  staffBudgetPaperBatch: '/gestion/budgets/:id/bulletins-papier/lots/:batchId',
  staffVoteGroups: '/gestion/budgets/groupes',
  staffAudit: '/gestion/journal',
  staffReports: '/gestion/signalements',
  staffReportsStatus: '/gestion/signalements/etat',
  staffReportsDepartment: '/gestion/signalements/service',
  staffReportCategories: '/gestion/signalements/categories',
  staffOpenData: '/gestion/donnees-ouvertes',
  staffOpenDataJob: '/gestion/donnees-ouvertes/:id',
  staffApiKeys: '/gestion/cles-open311',
  staffApiKeyRevoke: '/gestion/cles-open311/:id/revoquer',
  staffAccounts: '/gestion/comptes',
  staffAccountRole: '/gestion/comptes/:id/role',
  staffVerification: '/gestion/recensement/verification',
  staffVerificationSearch: '/gestion/recensement/verification/recherche',
  staffDashboard: '/gestion/tableau-de-bord',
  // Consultations and proposals in the back office (issue #21, points 1 and 2).
  staffConsultations: '/gestion/consultations',
  staffConsultationNew: '/gestion/consultations/nouvelle',
  staffConsultation: '/gestion/consultations/:id',
  staffConsultationPublish: '/gestion/consultations/:id/publier',
  staffConsultationUnpublish: '/gestion/consultations/:id/depublier',
  staffConsultationPreview: '/gestion/consultations/:id/apercu',
  staffProposals: '/gestion/consultations/:id/propositions',
  staffProposal: '/gestion/propositions/:id',
  staffProposalAnswer: '/gestion/propositions/:id/reponse',
  staffProposalAnswerPublish: '/gestion/propositions/:id/reponse/publier',
  staffProposalProject: '/gestion/propositions/:id/projet',
  staffTrackedItems: '/gestion/suivi-des-projets',
  staffTrackedItem: '/gestion/suivi-des-projets/:id',
  staffTrackedItemNews: '/gestion/suivi-des-projets/:id/actualites',
  staffTrackedItemDeliberations: '/gestion/suivi-des-projets/:id/deliberations',
  // Issue reports (issue #20).
  issueReports: '/signalements',
  newIssueReport: '/signalements/nouveau',
  issueReport: '/signalements/:id',
  followIssueReport: '/signalements/:id/suivre',
  myIssueReports: '/mon-compte/signalements',
  // Tracking of funded projects and accepted proposals (issue #24).
  trackedItems: '/suivi-des-projets',
  trackedItem: '/suivi-des-projets/:id',
  trackedItemFollow: '/suivi-des-projets/:id/suivre',
  myTrackedItems: '/mon-compte/suivis',
} as const;

/** A path of this site (never another host): what `next` and `retour` parameters may hold. */
export function isLocalPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.includes('\\') &&
    // No control characters, which some browsers strip before resolving ("/\t/evil.example").
    ![...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) &&
    path.length <= 2000
  );
}

/** Where sign-in and sign-up go back to: a local page other than those two (they would send back to themselves). */
function returnPath(next: string | undefined): string | undefined {
  if (!isLocalPath(next) || next === '/') return undefined;
  const pathname = next.split(/[?#]/)[0];
  return pathname === PATHS.signIn || pathname === PATHS.signUp ? undefined : next;
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function withId(path: string, id: string): string {
  return path.replace(':id', encodeURIComponent(id));
}

/**
 * URL builders. Pages that do not exist yet are optional members: a link to
 * them renders as plain text (`MaybeLink`) until the issue that builds the
 * page defines its builder here, which switches on every link to it at once.
 */
export interface SiteLinks {
  home(): string;
  signIn(next?: string): string;
  signUp(next?: string): string;
  signOut(): string;
  residency(next?: string): string;
  /** Switches the language, then comes back to `back`. */
  language(locale: string, back: string): string;
  legalNotice(): string;
  personalData(): string;
  accessibility(): string;
  siteMap(): string;

  /** My account (display name, password, my data, deletion). */
  account(): string;
  accountName(): string;
  accountPassword(): string;
  /** Where the data-access request is posted. */
  accountData(): string;
  accountDeletion(): string;
  /** Which kinds of messages to receive. */
  accountMail(): string;
  /** Proposals matching `query`; `after`: the cursor of the page's last result (keyset pagination). */
  search(query?: string, after?: string): string;
  consultations?: () => string;
  consultation?: (id: string) => string;
  /** The proposals of a consultation (search, filters, sort and page in the query string). */
  proposals?: (consultationId: string) => string;
  proposal?: (id: string) => string;
  /** The form to report a proposal, or one of its comments, to the moderators. */
  reportContent?: (proposalId: string, commentId?: string) => string;
  budgets?: () => string;
  budget?: (id: string) => string;
  /** The ballot form of an open budget (POST: update the total, or go to the review step). */
  ballot?: (budgetId: string) => string;
  /** The review step's target: cast, or go back to change the ballot. */
  ballotCast?: (budgetId: string) => string;
  /** The confirmation page with the receipt of the visitor's current ballot. */
  ballotReceipt?: (budgetId: string) => string;
  budgetResults?: (budgetId: string) => string;
  issueReports?: () => string;
  issueReport?: (id: string) => string;
  /** Submitting and changing proposals (issue #18, point 4). */
  newProposal?: (consultationId: string) => string;
  editProposal?: (proposalId: string) => string;
  withdrawProposal?: (proposalId: string) => string;
  /** My account: my proposals, the ones I support; `after`: the cursor of the page's last one. */
  myProposals?: (after?: string) => string;
  mySupports?: (after?: string) => string;
  trackedItems?: () => string;
  trackedItem?: (id: string) => string;
}

/** The participatory budgets' pages (defined, so their pages call them without a check). */
export const budgetLinks = {
  budgets: () => PATHS.budgets,
  budget: (id: string) => withId(PATHS.budget, id),
  ballot: (id: string) => withId(PATHS.ballot, id),
  ballotCast: (id: string) => withId(PATHS.ballotCast, id),
  ballotReceipt: (id: string) => withId(PATHS.ballotReceipt, id),
  budgetResults: (id: string) => withId(PATHS.budgetResults, id),
  /** For journalists: the ballots file of a published result, its SHA-256, the rule and the commands to recount it. */
  budgetRecount: (id: string) => withId(PATHS.budgetRecount, id),
  /** Check a ballot receipt: the recorded ballot and its Merkle inclusion proof (a GET form). */
  receiptCheck: (receipt?: string) => withQuery(PATHS.receiptCheck, { recu: receipt || undefined }),
};

/** Submitting and changing proposals, and my lists (defined, so their pages call them without a check). */
export const proposalFormLinks = {
  newProposal: (consultationId: string) => withId(PATHS.newProposal, consultationId),
  editProposal: (id: string) => withId(PATHS.editProposal, id),
  withdrawProposal: (id: string) => withId(PATHS.withdrawProposal, id),
  myProposals: (after?: string) => withQuery(PATHS.myProposals, { apres: after }),
  mySupports: (after?: string) => withQuery(PATHS.mySupports, { apres: after }),
};

/** The consultations' and proposals' pages (defined, so their pages call them without a check). */
export const consultationLinks = {
  consultations: () => PATHS.consultations,
  consultation: (id: string) => withId(PATHS.consultation, id),
  proposals: (consultationId: string) => withId(PATHS.proposals, consultationId),
  proposal: (id: string) => withId(PATHS.proposal, id),
  reportContent: (proposalId: string, commentId?: string) =>
    withQuery(withId(PATHS.reportContent, proposalId), { commentaire: commentId }),
};

/** The staff back office's pages; only staff and admins are given links to them. */
export const staffLinks = {
  staff: () => PATHS.staff,
  moderation: (query: { hidden?: 'true' | 'false'; after?: string } = {}) =>
    withQuery(PATHS.staffModeration, { masque: query.hidden, apres: query.after }),
  moderationHide: (id: string) => withId(PATHS.staffModerationHide, id),
  moderationRestore: (id: string) => withId(PATHS.staffModerationRestore, id),
  moderationDismiss: (id: string) => withId(PATHS.staffModerationDismiss, id),
  moderationBlock: (id: string) => withId(PATHS.staffModerationBlock, id),
  census: () => PATHS.staffCensus,
  budgets: (after?: string) => withQuery(PATHS.staffBudgets, { apres: after }),
  budgetNew: () => PATHS.staffBudgetNew,
  budget: (id: string) => withId(PATHS.staffBudget, id),
  budgetProjects: (id: string) => withId(PATHS.staffBudgetProjects, id),
  budgetFeasibility: (id: string, projectId: string) =>
    withId(PATHS.staffBudgetFeasibility, id).replace(':projectId', encodeURIComponent(projectId)),
  /** A project of a draft budget, to change (POST: save it). */
  budgetProject: (id: string, projectId: string) =>
    withId(PATHS.staffBudgetProject, id).replace(':projectId', encodeURIComponent(projectId)),
  budgetOpen: (id: string) => withId(PATHS.staffBudgetOpen, id),
  budgetSchedule: (id: string) => withId(PATHS.staffBudgetSchedule, id),
  budgetClose: (id: string) => withId(PATHS.staffBudgetClose, id),
  budgetRetry: (id: string) => withId(PATHS.staffBudgetRetry, id),
  budgetPublish: (id: string) => withId(PATHS.staffBudgetPublish, id),
  budgetPaper: (id: string, pollingPlace?: string) =>
    withQuery(withId(PATHS.staffBudgetPaper, id), { bureau: pollingPlace || undefined }),
  budgetPaperMark: (id: string) => withId(PATHS.staffBudgetPaperMark, id),
  /** A double-entry batch's first entry, from this polling place (asked first when left out). */
  budgetPaperBatchNew: (id: string, pollingPlace?: string) =>
    withQuery(withId(PATHS.staffBudgetPaperBatchNew, id), { bureau: pollingPlace || undefined }),
  budgetPaperBatch: (id: string, batchId: string) =>
    withId(PATHS.staffBudgetPaperBatch, id).replace(':batchId', encodeURIComponent(batchId)),
  voteGroups: () => PATHS.staffVoteGroups,
  audit: (query: { action?: string; after?: string } = {}) =>
    withQuery(PATHS.staffAudit, { action: query.action || undefined, apres: query.after }),
  /** The triage list, filtered (`etat`, `categorie`, `quartier`, `service`, `age` in days); `apres`: the cursor. */
  reports: (query: StaffReportQuery = {}) =>
    withQuery(PATHS.staffReports, {
      etat: query.status,
      categorie: query.category,
      quartier: query.district,
      service: query.department,
      age: query.age,
      apres: query.after,
    }),
  reportsStatus: () => PATHS.staffReportsStatus,
  reportsDepartment: () => PATHS.staffReportsDepartment,
  /** The categories, and the form of the one with this code (a new one without). */
  reportCategories: (code?: string) => withQuery(PATHS.staffReportCategories, { code }),
  openData: () => PATHS.staffOpenData,
  openDataJob: (id: string) => withId(PATHS.staffOpenDataJob, id),
  apiKeys: () => PATHS.staffApiKeys,
  apiKeyRevoke: (id: string) => withId(PATHS.staffApiKeyRevoke, id),
  accounts: (query: { search?: string; after?: string } = {}) =>
    withQuery(PATHS.staffAccounts, { q: query.search || undefined, apres: query.after }),
  accountRole: (id: string) => withId(PATHS.staffAccountRole, id),
  verification: () => PATHS.staffVerification,
  verificationSearch: () => PATHS.staffVerificationSearch,
  dashboard: (days?: number) =>
    withQuery(PATHS.staffDashboard, { jours: days === undefined ? undefined : String(days) }),
  consultations: (after?: string) => withQuery(PATHS.staffConsultations, { apres: after }),
  consultationNew: () => PATHS.staffConsultationNew,
  consultation: (id: string) => withId(PATHS.staffConsultation, id),
  consultationPublish: (id: string) => withId(PATHS.staffConsultationPublish, id),
  consultationUnpublish: (id: string) => withId(PATHS.staffConsultationUnpublish, id),
  consultationPreview: (id: string) => withId(PATHS.staffConsultationPreview, id),
  /** A consultation's proposals, filtered (`statut`, `reponse`, `seuil`); `after`: the page's cursor. */
  proposals: (
    consultationId: string,
    filters: { status?: string; answer?: string; threshold?: string } = {},
    after?: string,
  ) =>
    withQuery(withId(PATHS.staffProposals, consultationId), {
      statut: filters.status || undefined,
      reponse: filters.answer || undefined,
      seuil: filters.threshold || undefined,
      apres: after,
    }),
  proposal: (id: string) => withId(PATHS.staffProposal, id),
  proposalAnswer: (id: string) => withId(PATHS.staffProposalAnswer, id),
  proposalAnswerPublish: (id: string) => withId(PATHS.staffProposalAnswerPublish, id),
  proposalProject: (id: string) => withId(PATHS.staffProposalProject, id),
  trackedItems: (query: StaffTrackedItemsQuery = {}) =>
    withQuery(PATHS.staffTrackedItems, {
      statut: query.status,
      quartier: query.districtId,
      annee: query.year,
      apres: query.after,
    }),
  trackedItem: (id: string) => withId(PATHS.staffTrackedItem, id),
  trackedItemNews: (id: string) => withId(PATHS.staffTrackedItemNews, id),
  trackedItemDeliberations: (id: string) => withId(PATHS.staffTrackedItemDeliberations, id),
};

/** The back office's tracked items list: its filters (as the API takes them) and its page. */
export interface StaffTrackedItemsQuery {
  status?: string;
  districtId?: string;
  year?: string;
  after?: string;
}

/** The triage list's filters as its query string carries them. */
export interface StaffReportQuery {
  status?: string;
  category?: string;
  district?: string;
  department?: string;
  /** Reported more than this many days ago. */
  age?: string;
  after?: string;
}

/** The issue reports' pages. */
export const reportLinks = {
  /**
   * The list, filtered (`categorie`, `etat`, `quartier`; around a point: `lat`, `lon`, `rayon` in metres, and
   * `adresse`, the place's name, or what to search when there is no point); `after`: the page's last cursor.
   */
  issueReports: (
    filters: {
      category?: string;
      status?: string;
      district?: string;
      near?: { latitude: number; longitude: number };
      radiusMeters?: number;
      address?: string;
    } = {},
    after?: string,
  ) =>
    withQuery(PATHS.issueReports, {
      categorie: filters.category,
      etat: filters.status,
      quartier: filters.district,
      adresse: filters.address || undefined,
      lat: filters.near ? String(filters.near.latitude) : undefined,
      lon: filters.near ? String(filters.near.longitude) : undefined,
      rayon: filters.radiusMeters !== undefined ? String(filters.radiusMeters) : undefined,
      apres: after,
    }),
  newReport: (address?: string) => withQuery(PATHS.newIssueReport, { adresse: address }),
  /**
   * Back to the second step with the first step's answers (place, category, photo): where signing in
   * from the second step returns. The description and answers are not carried (nothing personal in a URL).
   */
  resumeReport: (draft: {
    latitude: string;
    longitude: string;
    address: string;
    categoryCode: string;
    photoId: string;
  }) =>
    withQuery(PATHS.newIssueReport, {
      reprendre: '1',
      lat: draft.latitude,
      lon: draft.longitude,
      lieu: draft.address || undefined,
      categorie: draft.categoryCode,
      photo: draft.photoId || undefined,
    }),
  issueReport: (id: string) => withId(PATHS.issueReport, id),
  /** POST: follow (`action=follow`) or stop following (`action=unfollow`). */
  followIssueReport: (id: string) => withId(PATHS.followIssueReport, id),
  myIssueReports: () => PATHS.myIssueReports,
};

/** The tracking pages: the list (its filters and page cursor in the query string) and each item. */
export const trackingLinks = {
  trackedItems: (filters: { status?: string; districtId?: string; after?: string } = {}) =>
    withQuery(PATHS.trackedItems, { statut: filters.status, quartier: filters.districtId, apres: filters.after }),
  trackedItem: (id: string) => withId(PATHS.trackedItem, id),
  /** POST: follow the item, or stop (`follow=false`). */
  trackedItemFollow: (id: string) => withId(PATHS.trackedItemFollow, id),
  /** My account: the news of the items I follow. */
  myTrackedItems: () => PATHS.myTrackedItems,
};

export const links: SiteLinks = {
  home: () => PATHS.home,
  signIn: (next) => withQuery(PATHS.signIn, { suivant: returnPath(next) }),
  signUp: (next) => withQuery(PATHS.signUp, { suivant: returnPath(next) }),
  signOut: () => PATHS.signOut,
  residency: (next) => withQuery(PATHS.residency, { suivant: isLocalPath(next) && next !== '/' ? next : undefined }),
  account: () => PATHS.account,
  accountName: () => PATHS.accountName,
  accountPassword: () => PATHS.accountPassword,
  accountData: () => PATHS.accountData,
  accountDeletion: () => PATHS.accountDeletion,
  accountMail: () => PATHS.accountMail,
  search: (query, after) => withQuery(PATHS.search, { q: query || undefined, apres: after }),
  legalNotice: () => PATHS.legalNotice,
  personalData: () => PATHS.personalData,
  accessibility: () => PATHS.accessibility,
  siteMap: () => PATHS.siteMap,
  ...budgetLinks,
  ...proposalFormLinks,
  ...consultationLinks,
  issueReports: () => reportLinks.issueReports(),
  issueReport: reportLinks.issueReport,
  trackedItems: () => trackingLinks.trackedItems(),
  trackedItem: trackingLinks.trackedItem,
  language: (locale, back) =>
    withQuery(`${PATHS.language}/${locale}`, { retour: isLocalPath(back) ? back : undefined }),
};
