import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import { MailOutbox } from '@quorum/mail';
import { DataSource, EntityManager } from 'typeorm';
import { ProposalFollowRepository } from '../repositories/proposal-follow.repository';
import { ProposalInContext, ProposalReader } from './proposal-reader.service';

/** What a proposal's followers are told, with the event that names it (one message per event and follower). */
export interface ProposalNews {
  eventKey: string;
  proposal: { id: string; title: string };
  /** The published answer's status, or WITHDRAWN. */
  status: string;
  /** The official answer, or the author's reason for withdrawing. */
  text: string;
}

/**
 * Residents following a proposal they can see, and the messages they get:
 * each published official answer, and its withdrawal by the author. Queued in
 * the transaction of the change, one job per follower (their address is read
 * when it is sent, so an erased account gets nothing).
 */
@Injectable()
export class ProposalFollowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly follows: ProposalFollowRepository,
    private readonly reader: ProposalReader,
    private readonly mail: MailOutbox,
  ) {}

  async follow(proposalId: string, user: AuthenticatedUser): Promise<ProposalInContext> {
    const visible = await this.reader.findVisible(proposalId, user);
    await this.follows.follow(this.dataSource.manager, visible.row.id, user.id);
    return visible;
  }

  async unfollow(proposalId: string, user: AuthenticatedUser): Promise<ProposalInContext> {
    const visible = await this.reader.findVisible(proposalId, user);
    await this.follows.unfollow(this.dataSource.manager, visible.row.id, user.id);
    return visible;
  }

  async tell(manager: EntityManager, news: ProposalNews): Promise<void> {
    for (const userId of await this.follows.followers(manager, news.proposal.id))
      await this.mail.send(manager, {
        eventKey: news.eventKey,
        to: { userId },
        template: 'proposal-news',
        params: {
          proposalId: news.proposal.id,
          proposalTitle: news.proposal.title,
          status: news.status,
          text: news.text,
        },
      });
  }
}
