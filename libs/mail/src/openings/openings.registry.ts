import { Injectable } from '@nestjs/common';
import { MailTemplateName, MailTemplateParams } from '../templates/mail-templates';

/** Something that opened (a consultation's phase, a budget's vote), to tell the accounts that follow it. */
export interface Opening<T extends MailTemplateName = MailTemplateName> {
  /** Names the opening (and its date, so that an opening moved later is news again): one message per account. */
  eventKey: string;
  userIds: string[];
  template: T;
  params: MailTemplateParams[T];
}

/** A domain's openings, registered at boot (in its `onModuleInit`). */
export interface OpeningSource {
  readonly domain: string;
  /** What opened in `(since, until]`, with its followers as they are now. */
  openedBetween(since: Date, until: Date): Promise<Opening[]>;
}

/**
 * Where domains plug what opens on a date into the openings job (a
 * consultation's phases for the followers of its proposals, a budget's vote
 * for its followers), so that this library imports none of them.
 */
@Injectable()
export class OpeningsRegistry {
  private readonly sources: OpeningSource[] = [];

  register(source: OpeningSource): void {
    this.sources.push(source);
  }

  all(): readonly OpeningSource[] {
    return this.sources;
  }
}
