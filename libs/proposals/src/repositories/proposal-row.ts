import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalState } from '../types/proposal-state.enum';

/** A proposal as the reading queries return it (camelCase aliases of proposals' columns). */
export interface ProposalRow {
  id: string;
  consultationId: string;
  authorId: string;
  title: string;
  body: string;
  categoryId: string | null;
  districtId: string | null;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  state: ProposalState;
  withdrawalReason: string | null;
  answerStatus: AnswerStatus | null;
  supportCount: number;
  hiddenAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
}

export const PROPOSAL_COLUMNS = `p.id, p.consultation_id AS "consultationId", p.author_id AS "authorId", p.title, p.body,
  p.category_id AS "categoryId", p.district_id AS "districtId", p.latitude, p.longitude, p.address, p.state,
  p.withdrawal_reason AS "withdrawalReason", p.answer_status AS "answerStatus", p.support_count AS "supportCount",
  p.hidden_at AS "hiddenAt", p.published_at AS "publishedAt", p.created_at AS "createdAt"`;
