import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeliberationLinkEntity } from '../entities/deliberation-link.entity';

@ObjectType('DeliberationLink', {
  description: 'A deliberation of the municipal council, with the SCDL "Délibérations" fields.',
})
export class DeliberationLinkType {
  @Field(() => ID) id: string;
  @Field({ description: 'DELIB_ID' }) delibId: string;
  @Field({ description: 'DELIB_DATE, YYYY-MM-DD' }) delibDate: string;
  @Field({ description: 'DELIB_MATIERE_CODE' }) matiereCode: string;
  @Field({ description: 'DELIB_MATIERE_NOM' }) matiereNom: string;
  @Field({ description: 'DELIB_OBJET' }) objet: string;
  @Field(() => String, { nullable: true, description: 'DELIB_URL' }) url: string | null;
  @Field(() => String, { nullable: true, description: 'PREF_ID' }) prefId: string | null;
  @Field(() => String, { nullable: true, description: 'PREF_DATE' }) prefDate: string | null;
  @Field(() => Int, { nullable: true }) voteEffectif: number | null;
  @Field(() => Int, { nullable: true, description: 'VOTE_REEL: members who took part.' }) votingMembers: number | null;
  @Field(() => Int, { nullable: true }) votePour: number | null;
  @Field(() => Int, { nullable: true }) voteContre: number | null;
  @Field(() => Int, { nullable: true }) voteAbstention: number | null;

  static from(e: DeliberationLinkEntity): DeliberationLinkType {
    const { trackedItemId: _item, trackedItem: _relation, createdAt: _created, voteReel, ...fields } = e;
    return Object.assign(new DeliberationLinkType(), { ...fields, votingMembers: voteReel });
  }
}
