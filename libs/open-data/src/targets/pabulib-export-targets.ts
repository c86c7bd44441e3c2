import { BudgetBallotsReader } from '@quorum/budgets';
import { ExportTarget } from './export-target';

/** The file name carries the budget id, as the catalogue's readers expect. */
export const pabulibFileName = (budgetId: string): string => `budget-${budgetId}.pb`;

/**
 * One Pabulib file per published budget: the canonical ballots file whose
 * SHA-256 the tally stored (so the published digest checks against it),
 * streamed by BudgetBallotsReader through a cursor on the export's connection.
 */
export function pabulibExportTargets(reader: BudgetBallotsReader, budgetIds: readonly string[]): ExportTarget[] {
  return budgetIds.map((budgetId) => ({
    dataset: 'ballots',
    format: 'pb',
    fileName: pabulibFileName(budgetId),
    open: async (client) => {
      const count = await reader.countedBallots(budgetId, client);
      return { stream: reader.canonicalFileStream(budgetId, client), rows: () => count };
    },
  }));
}
