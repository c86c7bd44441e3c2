import { violation, type BallotViolation } from './ballot-violation';

/** Unknown and repeated project ids, shared by every ballot type. */
export function checkProjectIds(projects: readonly string[], known: ReadonlySet<string>): BallotViolation[] {
  const out: BallotViolation[] = [];
  const unknown = unique(projects.filter((id) => !known.has(id)));
  if (unknown.length > 0)
    out.push(violation('UNKNOWN_PROJECT', `unknown project${plural(unknown)} ${list(unknown)}`, unknown));
  const dup = unique(projects.filter((id, i) => projects.indexOf(id) !== i));
  if (dup.length > 0)
    out.push(violation('DUPLICATE_PROJECT', `project${plural(dup)} ${list(dup)} chosen more than once`, dup));
  return out;
}

export function checkCount(
  count: number,
  min: number | undefined,
  max: number | undefined,
  noun: string,
): BallotViolation[] {
  if (min !== undefined && count < min)
    return [violation('TOO_FEW_PROJECTS', `${count} ${noun} chosen, at least ${min} required`)];
  if (max !== undefined && count > max)
    return [violation('TOO_MANY_PROJECTS', `${count} ${noun} chosen, at most ${max} allowed`)];
  return [];
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export function list(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

function plural(ids: readonly string[]): string {
  return ids.length > 1 ? 's' : '';
}
