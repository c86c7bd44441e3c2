import { Field, ObjectType } from '@nestjs/graphql';
import type { MailPreferences } from '../services/mail-preferences.service';

@ObjectType('MailPreferences', {
  description: 'Which messages the signed-in resident receives (messages about the account itself always go).',
})
export class MailPreferencesType {
  @Field()
  ballots: boolean;

  @Field()
  reports: boolean;

  @Field()
  follows: boolean;

  @Field({ description: "The team's daily digest (sent to STAFF and ADMIN accounts only)." })
  digest: boolean;

  @Field({
    description:
      'The mail provider reported the address bouncing or complaining: nothing but a password reset goes to it.',
  })
  blocked: boolean;

  static from(preferences: MailPreferences): MailPreferencesType {
    return Object.assign(new MailPreferencesType(), { ...preferences.receive, blocked: preferences.blocked });
  }
}
