import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@quorum/access';
import { buildConnection, ConnectionArgs, decodeTimeKeyset, encodeCursor, mapConnection } from '@quorum/common';
import { MyProposalPage, MyProposalRow, MyProposalsRepository } from '../repositories/my-proposals.repository';
import { ProposalConnection, ProposalType } from '../types/proposal.type';

/** The signed-in resident's proposals and supports (My account); visitors are refused by the global guard. */
@Resolver(() => ProposalType)
export class MyProposalsResolver {
  constructor(private readonly mine: MyProposalsRepository) {}

  @Query(() => ProposalConnection, {
    description: 'Proposals the signed-in resident wrote, drafts and withdrawn ones included, newest first.',
  })
  async myProposals(@Args() args: ConnectionArgs, @CurrentUser() user: AuthenticatedUser): Promise<ProposalConnection> {
    const after = args.after ? decodeTimeKeyset(args.after) : null;
    return connectionOf(await this.mine.authoredBy(user.id, args.first, after), args, after !== null);
  }

  @Query(() => ProposalConnection, {
    description: 'Proposals the signed-in resident supports, the latest support first.',
  })
  async mySupports(@Args() args: ConnectionArgs, @CurrentUser() user: AuthenticatedUser): Promise<ProposalConnection> {
    const after = args.after ? decodeTimeKeyset(args.after) : null;
    return connectionOf(await this.mine.supportedBy(user.id, args.first, after), args, after !== null);
  }
}

function connectionOf(page: MyProposalPage, args: ConnectionArgs, hasPrevious: boolean): ProposalConnection {
  const cursorOf = (row: MyProposalRow): string => encodeCursor({ t: row.sortKey, id: row.id });
  const connection = buildConnection(page.rows, args.first, page.count, cursorOf, hasPrevious);
  return mapConnection(connection, (row) =>
    ProposalType.from(row, { supportThreshold: row.supportThreshold }),
  ) as ProposalConnection;
}
