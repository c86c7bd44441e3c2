import { registerEnumType } from '@nestjs/graphql';

export enum VerificationMethod {
  CENSUS = 'CENSUS',
  IN_PERSON = 'IN_PERSON',
}

registerEnumType(VerificationMethod, { name: 'VerificationMethod' });
