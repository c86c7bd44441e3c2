import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DashboardWindow } from './dashboard-window';

/**
 * The back office's dashboard (staff only): participation day by day,
 * turnout, reports. Each domain resolves its own fields on this type
 * (@ResolveField), reading its own tables, as for KeyFigures; figures about
 * fewer than 5 people are withheld by each of them (small-groups.ts).
 */
@ObjectType('StaffDashboard')
export class StaffDashboardType implements DashboardWindow {
  @Field({ description: 'First day covered, YYYY-MM-DD, in the commune’s time zone.' })
  from: string;

  @Field({ description: 'Last day covered (today), YYYY-MM-DD.' })
  to: string;

  @Field(() => Int)
  days: number;

  @Field()
  timeZone: string;
}
