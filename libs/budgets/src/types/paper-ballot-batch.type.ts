import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { firstEntryHiddenFrom } from '../domain/paper-first-entry';
import { keptSheets, PaperEntry, PaperSheet, paperSheetDifferences } from '../domain/paper-sheet';
import { PaperBatchRecord } from '../repositories/paper-ballot.repository';
import { PaperBallotBatchStatus } from './paper-ballot-batch-status.enum';

@ObjectType('PaperBallotRefusal')
export class PaperBallotRefusalType {
  @Field(() => Int, { description: 'Position of the sheet in the entry, from 0.' })
  index: number;

  @Field({ description: 'The rule the sheet breaks: the code castBallot gives for the same ballot.' })
  code: string;
}

@ObjectType('PaperSheet')
export class PaperSheetType {
  @Field(() => [String], {
    description: 'As entered: sorted for APPROVAL, KNAPSACK and CUMULATIVE, ranked for ORDINAL.',
  })
  projectIds: string[];

  @Field(() => [Int], { nullable: true })
  points: number[] | null;

  @Field(() => String, { nullable: true, description: 'The rule it breaks; null when accepted.' })
  refusalCode: string | null;

  static from(sheet: PaperSheet | null): PaperSheetType | null {
    return sheet ? Object.assign(new PaperSheetType(), sheet) : null;
  }
}

@ObjectType('PaperBallotDifference')
export class PaperBallotDifferenceType {
  @Field(() => Int)
  index: number;

  @Field(() => PaperSheetType, { nullable: true, description: 'The first entry of this sheet; null if it has none.' })
  first: PaperSheetType | null;

  @Field(() => PaperSheetType, { nullable: true, description: 'The second entry of this sheet; null if it has none.' })
  second: PaperSheetType | null;
}

@ObjectType('PaperBallotBatch')
export class PaperBallotBatchType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  budgetId: string;

  @Field()
  pollingPlace: string;

  @Field(() => PaperBallotBatchStatus)
  status: PaperBallotBatchStatus;

  @Field(() => Int, {
    description:
      'How many sheets the batch keeps (the resolution if resolved, else the first entry), readable by every agent: the second agent counts the sheets of the box too.',
  })
  sheetCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Sheets that follow the rules: in the tally once the batch is COUNTED (the resolution's, if resolved). Part of what the first agent entered: while the batch awaits its second entry, null for any other agent, ADMIN included (the second agent must read the paper, not the first entry), as sheets are.",
  })
  accepted: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many sheets are kept as refused (the length of refused). Hidden as accepted is: null for any agent but the first while the batch awaits its second entry.',
  })
  refusedCount: number | null;

  @Field(() => [PaperBallotDifferenceType], {
    description:
      'Double entry: where the second entry differs from the first. A batch with differences never counts until resolved.',
  })
  differences: PaperBallotDifferenceType[];

  @Field({
    description:
      'Whether the caller made the first entry (a second entry must come from another agent: SECOND_ENTRY_BY_SAME_AGENT).',
  })
  firstEntryByYou: boolean;

  /**
   * The batch as stored, for `sheets` and `refused` (PaperBallotBatchResolver),
   * which only its first agent may read before the second entry. Not a field.
   */
  record: PaperBatchRecord;

  static from(record: PaperBatchRecord, viewerId: string): PaperBallotBatchType {
    const first = record.entries.get(PaperEntry.FIRST) ?? [];
    const second = record.entries.get(PaperEntry.SECOND);
    const kept = keptSheets(record.entries);
    const refusedCount = kept.filter((s) => s.refusalCode !== null).length;
    const hidden = firstEntryHiddenFrom(record, viewerId);
    return Object.assign(new PaperBallotBatchType(), {
      id: record.id,
      budgetId: record.budgetId,
      pollingPlace: record.pollingPlace,
      status: record.status,
      firstEntryByYou: record.firstEntryBy === viewerId,
      sheetCount: kept.length,
      accepted: hidden ? null : kept.length - refusedCount,
      refusedCount: hidden ? null : refusedCount,
      differences: second
        ? paperSheetDifferences(first, second).map((d) => ({
            index: d.index,
            first: PaperSheetType.from(d.first),
            second: PaperSheetType.from(d.second),
          }))
        : [],
      record,
    });
  }
}
