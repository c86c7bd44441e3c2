/**
 * What of a tracked item is public, as SQL over `tracked_items t`: the one
 * rule the API, the website, followers' news and open data read (open data
 * imports it through @quorum/tracking).
 *
 * A proposal is public while anyone can read it: published (not a draft, not
 * withdrawn by its author), not hidden by moderation, in a published
 * consultation. An item is public while its source is: a winning project of
 * a published vote always (the vote's result is public record), an item with
 * no source left (its history is), and an accepted proposal's item while the
 * proposal is public. A public item does not carry a proposal that is not:
 * neither its id, nor the place copied from it (`place_from_proposal`); a
 * place staff set is theirs and stays.
 */

/** A proposal anyone can read, by the SQL expression of its id. */
const publicProposal = (proposalId: string): string =>
  `EXISTS (SELECT 1 FROM proposals tp JOIN consultations tc ON tc.id = tp.consultation_id
     WHERE tp.id = ${proposalId} AND tp.state = 'PUBLISHED' AND tp.hidden_at IS NULL AND tc.published_at IS NOT NULL)`;

/** Where an item's copied place came from: its own proposal, or the one its budget project came from. */
const PLACE_PROPOSAL = `COALESCE(t.proposal_id, (SELECT bp.proposal_id FROM budget_projects bp WHERE bp.id = t.budget_project_id))`;

const PUBLIC_PLACE = `(NOT t.place_from_proposal OR ${publicProposal(PLACE_PROPOSAL)})`;

export const PUBLIC_TRACKED_ITEM_SQL = {
  /** Condition: the item is public. */
  where: `(t.budget_project_id IS NOT NULL OR t.proposal_id IS NULL OR ${publicProposal('t.proposal_id')})`,
  /** Value: its proposal's id while that proposal is public, else NULL. */
  proposalId: `CASE WHEN ${publicProposal('t.proposal_id')} THEN t.proposal_id END`,
  /** Values: its place, unless copied from a proposal that is no longer public. */
  latitude: `CASE WHEN ${PUBLIC_PLACE} THEN t.latitude END`,
  longitude: `CASE WHEN ${PUBLIC_PLACE} THEN t.longitude END`,
} as const;

/** Condition over `proposals p`: the proposal's place may be copied onto an item (it is public, and placed). */
export const PLACE_TO_COPY = `p.latitude IS NOT NULL AND p.longitude IS NOT NULL AND ${publicProposal('p.id')}`;
