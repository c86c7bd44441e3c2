import { registerEnumType } from '@nestjs/graphql';

export enum AnswerStatus {
  EVALUATING = 'EVALUATING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(AnswerStatus, { name: 'AnswerStatus', description: "The town hall's official answer to a proposal." });
