import type { PabulibFile } from '../pabulib/pabulib.types';
import { MES_COMPARISONS, type MesComparison, type RuleName } from '../rules/tally-rule';

/** Pabulib's META `rule` names that differ from ours. */
const PABULIB_ALIASES: Readonly<Record<string, RuleName>> = {
  equalshares: 'equal-shares',
  'equalshares/add1': 'equal-shares-add1',
  // Wieliczka 2023: ADD1, then the comparison step with greedy.
  'equalshares/add1-comparison': 'equal-shares-add1',
  'equalshares-comparison': 'equal-shares',
};

/**
 * The comparison step a META `rule` implies (`…-comparison`), with the
 * criterion from META `comparison` (Quorum's key; `satisfaction` when absent,
 * as Wieliczka's file, which names none and whose outcome is the same under
 * both criteria).
 */
export function metaComparisonOf(file: Pick<PabulibFile, 'meta'>): MesComparison | undefined {
  if (!/-comparison$/.test(file.meta.rule?.trim() ?? '')) return undefined;
  const raw = file.meta.comparison?.trim().replace('_', '-');
  return MES_COMPARISONS.find((c) => c === raw) ?? 'satisfaction';
}

/** META `tie_break_seed` (Quorum's key): ties by lowest cost, most votes, then the draw this seed gives. */
export function metaTieSeedOf(file: Pick<PabulibFile, 'meta'>): string | undefined {
  const raw = file.meta.tie_break_seed;
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/** Our rule name for a `--rule` value, which may be a Pabulib META name (`equalshares/add1`). */
export function ruleNameOf(value: string): string {
  return PABULIB_ALIASES[value] ?? value;
}

/** META `min_project_score_threshold`, when the file sets it. */
export function minScoreOf(file: Pick<PabulibFile, 'meta'>): number | undefined {
  const raw = file.meta.min_project_score_threshold?.trim();
  if (!raw || !/^\d+(\.\d+)?$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * Mutually exclusive projects named in the file's META `comment`: Pabulib
 * writes them in prose, e.g. "projects 459, 1687, and 2150 overlapped … and
 * could not all be implemented simultaneously". Each note of the comment
 * (`#1: … #2: …`) that says they cannot go together (simultaneously,
 * exclusive) gives one group: the file's project ids it first lists after
 * "projects".
 */
export function exclusiveGroupsOf(file: Pick<PabulibFile, 'meta' | 'projects'>): string[][] {
  const ids = new Set(file.projects.map((p) => p.id));
  const groups: string[][] = [];
  for (const note of (file.meta.comment ?? '').split(/#\d+:/)) {
    if (!/simultaneous|exclusive/i.test(note)) continue;
    const listed = /projects\s+([\w-]+(?:\s*(?:,\s*and|,|and)\s*[\w-]+)+)/i.exec(note);
    if (!listed) continue;
    const group = listed[1].split(/\s*(?:,\s*and|,|\band\b)\s*/).filter((id) => ids.has(id));
    if (group.length > 1) groups.push(group);
  }
  return groups;
}
