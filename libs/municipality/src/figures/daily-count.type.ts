import { Field, Int, ObjectType } from '@nestjs/graphql';
import { shownCount } from './small-groups';

/** How many on one day of the commune (its calendar, its time zone). */
@ObjectType('DailyCount')
export class DailyCountType {
  @Field({ description: 'The day, YYYY-MM-DD, in the commune’s time zone.' })
  day: string;

  @Field(() => Int, { nullable: true, description: 'Null when 1 to 4: groups smaller than 5 are not shown.' })
  count: number | null;

  /** Every day of the window, each with its count, small ones withheld. */
  static series(rows: { day: string; count: number }[]): DailyCountType[] {
    return rows.map(({ day, count }) => Object.assign(new DailyCountType(), { day, count: shownCount(count) }));
  }
}
