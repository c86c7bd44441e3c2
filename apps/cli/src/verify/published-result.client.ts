import { PublishedResult } from './result-check';

const QUERY = `query($id: ID!) { budget(id: $id) { status result { winners { id } ballotsDigest ballotsMerkleRoot } } }`;

interface Answer {
  data?: {
    budget: {
      status: string;
      result: { winners: { id: string }[]; ballotsDigest: string; ballotsMerkleRoot: string | null } | null;
    };
  };
  errors?: { message: string }[];
}

/** Asks the public GraphQL API, as anyone can, for a budget's published result. */
export async function fetchPublishedResult(apiUrl: string, budgetId: string): Promise<PublishedResult> {
  const response = await fetch(`${apiUrl.replace(/\/+$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { id: budgetId } }),
  });
  const answer = (await response.json()) as Answer;
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join('; '));
  const result = answer.data?.budget.result;
  if (!result) throw new Error(`budget ${budgetId} has no published result (status ${answer.data?.budget.status})`);
  return {
    winners: result.winners.map((w) => w.id),
    ballotsDigest: result.ballotsDigest,
    ballotsMerkleRoot: result.ballotsMerkleRoot,
  };
}
