import { TestApi } from './test-api';

export type PhaseKindName = 'PROPOSALS' | 'SUPPORTS' | 'REVIEW' | 'VOTING' | 'RESULTS';

const HOUR = 3600 * 1000;

export interface ConsultationOptions {
  /** The phase open now (its window brackets the server clock); the others are laid out around it. */
  open?: PhaseKindName | null;
  categories?: string[];
  supportLimit?: number;
  supportThreshold?: number;
  proposalLimit?: number;
  hideThreshold?: number;
  publish?: boolean;
}

export interface TestConsultation {
  id: string;
  categories: { id: string; name: string }[];
}

const ORDER: PhaseKindName[] = ['PROPOSALS', 'SUPPORTS', 'REVIEW', 'VOTING', 'RESULTS'];

/** Phases of one day each, the `open` one spanning now; with `open: null`, all of them are in the future. */
export function phasesAround(open: PhaseKindName | null): { kind: PhaseKindName; startsAt: string; endsAt: string }[] {
  const now = Date.now();
  const openIndex = open ? ORDER.indexOf(open) : -1;
  const start = open ? now - HOUR - openIndex * 24 * HOUR : now + 24 * HOUR;
  return ORDER.map((kind, i) => ({
    kind,
    startsAt: new Date(start + i * 24 * HOUR).toISOString(),
    endsAt: new Date(start + (i + 1) * 24 * HOUR).toISOString(),
  }));
}

const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id categories { id name } } }`;
const PUBLISH = `mutation($id: ID!) { publishConsultation(id: $id) { id } }`;

/** Creates (and by default publishes) a consultation through the API, as staff would. */
export async function createConsultation(
  api: TestApi,
  staffToken: string,
  options: ConsultationOptions = {},
): Promise<TestConsultation> {
  const staff = api.gql.as(staffToken);
  const { createConsultation: created } = await staff.ok(CREATE, {
    input: {
      title: 'Budget participatif 2027',
      description: 'Proposez des **idées** pour le quartier.',
      phases: phasesAround(options.open === undefined ? 'PROPOSALS' : options.open),
      categories: options.categories ?? ['Mobilité', 'Environnement'],
      supportLimit: options.supportLimit ?? 0,
      supportThreshold: options.supportThreshold ?? 0,
      proposalLimit: options.proposalLimit,
      hideThreshold: options.hideThreshold,
    },
  });
  if (options.publish !== false) await staff.ok(PUBLISH, { id: created.id });
  return created;
}

/** Moves a consultation's phases so that `open` spans now; direct SQL, as time passing would. */
export async function openPhase(api: TestApi, consultationId: string, open: PhaseKindName | null): Promise<void> {
  for (const phase of phasesAround(open)) {
    await api.db.query(
      `UPDATE consultation_phases SET starts_at = $3, ends_at = $4 WHERE consultation_id = $1 AND kind = $2`,
      [consultationId, phase.kind, phase.startsAt, phase.endsAt],
    );
  }
}

/** Inserts published proposals directly (fast); the submission path has its own tests. */
export async function insertProposals(
  api: TestApi,
  consultationId: string,
  authorIds: string[],
  count: number,
  fields: { title?: (i: number) => string; body?: (i: number) => string; categoryId?: string | null } = {},
): Promise<string[]> {
  const titles = Array.from({ length: count }, (_, i) => fields.title?.(i) ?? `Proposition numéro ${i}`);
  const bodies = Array.from({ length: count }, (_, i) => fields.body?.(i) ?? `Texte de la proposition ${i}`);
  const authors = Array.from({ length: count }, (_, i) => authorIds[i % authorIds.length]);
  const rows: { id: string }[] = await api.db.query(
    `INSERT INTO proposals (consultation_id, author_id, title, body, category_id, state, published_at)
     SELECT $1, a, t, b, $5, 'PUBLISHED', now() FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(a, t, b) RETURNING id`,
    [consultationId, authors, titles, bodies, fields.categoryId ?? null],
  );
  return rows.map((r) => r.id);
}
