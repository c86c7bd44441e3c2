import { Field, ObjectType } from '@nestjs/graphql';
import { AccountLookupType } from './account-lookup.type';

@ObjectType('AccountLookupResults')
export class AccountLookupResultsType {
  @Field(() => [AccountLookupType], { description: 'By display name.' })
  accounts: AccountLookupType[];

  @Field({ description: 'More accounts match than are given: the search should be narrower.' })
  more: boolean;
}
