import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessibilityConformity } from './municipality-legal';

registerEnumType(AccessibilityConformity, {
  name: 'AccessibilityConformity',
  description: 'RGAA 4.1: FULL (totalement conforme), PARTIAL (partiellement conforme), NONE (non conforme).',
});

@ObjectType('MunicipalityLegal', {
  description: 'What the town hall publishes about the website: legal notice, personal data contact, accessibility.',
})
export class MunicipalityLegalType {
  @Field({ description: 'The publisher: the town hall.' }) publisherName: string;
  @Field() publisherAddress: string;
  @Field(() => String, { nullable: true }) publisherPhone: string | null;
  @Field() publisherEmail: string;
  @Field({ description: 'Directeur de la publication (usually the mayor).' }) publicationDirector: string;
  @Field() hostName: string;
  @Field() hostAddress: string;
  @Field(() => String, { nullable: true }) hostPhone: string | null;
  @Field(() => String, { nullable: true, description: 'Data protection officer.' }) dpoName: string | null;
  @Field() dpoEmail: string;
  @Field(() => String, { nullable: true }) dpoAddress: string | null;
  @Field(() => AccessibilityConformity) accessibilityConformity: AccessibilityConformity;
  @Field(() => Float, { nullable: true, description: 'Share of RGAA criteria met, 0 to 100.' })
  accessibilityScore: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) accessibilityAuditDate: string | null;
  @Field(() => String, { nullable: true }) accessibilityAuditor: string | null;
  @Field(() => [String]) accessibilityNonCompliances: string[];
  @Field(() => [String], { description: 'Content exempted for disproportionate burden, with why.' })
  accessibilityDerogations: string[];
  @Field() accessibilityContactEmail: string;
  @Field({ description: 'YYYY-MM-DD.' }) accessibilityStatementDate: string;
}
