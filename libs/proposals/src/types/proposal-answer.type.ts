import { Field, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@quorum/consultations';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { AnswerStatus } from './answer-status.enum';

@ObjectType('ProposalAnswer')
export class ProposalAnswerType {
  @Field(() => AnswerStatus)
  status: AnswerStatus;

  @Field({ description: 'Markdown source.' })
  answer: string;

  @Field({ description: 'Sanitised HTML.' })
  answerHtml: string;

  @Field({ description: 'False for an answer staff saved but have not published (staff only see it).' })
  published: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  static from(entity: ProposalAnswerEntity): ProposalAnswerType {
    return Object.assign(new ProposalAnswerType(), {
      status: entity.status,
      answer: entity.answer,
      answerHtml: renderMarkdown(entity.answer),
      published: entity.publishedAt !== null,
      publishedAt: entity.publishedAt,
    });
  }
}
