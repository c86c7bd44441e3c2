import { formatScaled, parseDecimal, toCommonScale } from '../arithmetic/decimal';
import type { Ballot, KnapsackBallotSpec } from './ballot-spec';
import { violation, type BallotViolation } from './ballot-violation';
import { checkProjectIds, unique } from './common.checks';

/** Money is compared exactly on integers scaled by a common power of ten. */
export function validateKnapsackBallot(spec: KnapsackBallotSpec, ballot: Ballot): BallotViolation[] {
  const idErrors = checkProjectIds(ballot.projects, new Set(spec.projects.map((p) => p.id)));
  const chosen = unique(ballot.projects).filter((id) => spec.projects.some((p) => p.id === id));
  const share = parseDecimal(spec.minSpendingShare ?? '0');
  const { units, scale } = toCommonScale([spec.budget, ...spec.projects.map((p) => p.cost)]);
  const costOf = new Map(spec.projects.map((p, i) => [p.id, units[i + 1]]));
  const budget = units[0];
  const spent = chosen.reduce((s, id) => s + costOf.get(id)!, 0n);
  if (spent > budget) {
    return [
      ...idErrors,
      violation(
        'BUDGET_EXCEEDED',
        `chosen projects cost ${formatScaled(spent, scale)}, more than the budget ${spec.budget}`,
        chosen,
      ),
    ];
  }
  // spent ≥ share·budget  ⇔  spent·10^s ≥ shareUnits·budget
  if (spent * 10n ** BigInt(share.scale) < share.units * budget) {
    return [
      ...idErrors,
      violation(
        'MIN_SPENDING_NOT_REACHED',
        `chosen projects cost ${formatScaled(spent, scale)}, less than ${spec.minSpendingShare} of the budget ${spec.budget}`,
      ),
    ];
  }
  return idErrors;
}
