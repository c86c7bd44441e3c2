/** How a ballot reached the ballot box: online (castBallot) or on a paper sheet entered by staff. */
export enum BallotChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
}

/** Pabulib's `voting_method` value for a channel, as real Pabulib files write it. */
export function votingMethodOf(channel: BallotChannel): 'internet' | 'paper' {
  return channel === BallotChannel.PAPER ? 'paper' : 'internet';
}
