import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
      "Sheets that follow the rules: in the tally once the batch is COUNTED (the resolution's, if resolved).",
  })
  accepted: number;

  @Field(() => Int, {
    description: 'How many sheets are kept as refused (the length of refused), readable by every agent.',
  })
  refusedCount: number;

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
    return Object.assign(new PaperBallotBatchType(), {
      id: record.id,
      budgetId: record.budgetId,
      pollingPlace: record.pollingPlace,
      status: record.status,
      firstEntryByYou: record.firstEntryBy === viewerId,
      accepted: kept.length - refusedCount,
      refusedCount,
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
