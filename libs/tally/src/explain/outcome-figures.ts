import type { CompiledProfile } from '../model/compiled-profile';
import type { OutcomeFigures } from './explanation.types';

/** How many voters got at least one project they voted for, and how many on average (equalshares.net's comparison figures). */
export function outcomeFigures(cp: CompiledProfile, winners: readonly number[]): OutcomeFigures {
  const funded = new Uint8Array(cp.m);
  for (const q of winners) funded[q] = 1;
  let votersWithFunded = 0;
  let fundedVotes = 0;
  for (let b = 0; b < cp.d; b++) {
    let count = 0;
    for (let t = cp.ballotStart[b]; t < cp.ballotStart[b + 1]; t++) count += funded[cp.ballotProject[t]];
    if (count > 0) votersWithFunded += cp.weight[b];
    fundedVotes += count * cp.weight[b];
  }
  const n = cp.totalWeight;
  return {
    votersWithFunded,
    shareWithFunded: n > 0 ? votersWithFunded / n : 0,
    averageFunded: n > 0 ? fundedVotes / n : 0,
  };
}
