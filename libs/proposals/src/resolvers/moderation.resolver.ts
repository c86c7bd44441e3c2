import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/identity';
import { ReportContentInput } from '../dto/report-content.input';
import { ModerationService } from '../services/moderation.service';
import { ModerationItemType } from '../types/moderation-item.type';

@Resolver(() => ModerationItemType)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Mutation(() => Boolean, {
    description: 'Report a proposal or comment, once per user; hidden automatically at the threshold.',
  })
  async reportContent(
    @Args('input') input: ReportContentInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.report(input, user);
    return true;
  }

  @Roles(Role.STAFF)
  @Query(() => [ModerationItemType], { description: 'Staff: reported content, most reported first.' })
  async moderationQueue(
    @Args('hidden', { type: () => Boolean, nullable: true }) hidden: boolean | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<ModerationItemType[]> {
    return (await this.moderation.queue(hidden ?? undefined, Math.min(Math.max(first, 1), 100))).map(
      ModerationItemType.from,
    );
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean)
  async hideContent(@Args('moderationId', { type: () => ID }) id: string): Promise<boolean> {
    await this.moderation.hide(id, true);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean)
  async restoreContent(@Args('moderationId', { type: () => ID }) id: string): Promise<boolean> {
    await this.moderation.hide(id, false);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: dismiss the reports and show the content again.' })
  async dismissReports(@Args('moderationId', { type: () => ID }) id: string): Promise<boolean> {
    await this.moderation.dismiss(id);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: block the author of the moderated content.' })
  async blockAuthor(@Args('moderationId', { type: () => ID }) id: string): Promise<boolean> {
    await this.moderation.blockAuthor(id);
    return true;
  }
}
