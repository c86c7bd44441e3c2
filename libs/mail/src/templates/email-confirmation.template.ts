import { MailContent, MailContext } from './mail-content';

export interface EmailConfirmationParams {
  token: string;
}

/** Sent at sign-up to a new address: following the link confirms it (confirmEmail). */
export function emailConfirmationTemplate(
  p: EmailConfirmationParams,
  { locale, publicUrl, displayName }: MailContext,
): MailContent {
  const url = `${publicUrl}/mon-compte/confirmation?jeton=${encodeURIComponent(p.token)}`;
  if (locale === 'en')
    return {
      subject: 'Confirm your email address',
      paragraphs: [`Hello ${displayName ?? ''},`, 'To finish creating your account, confirm this address.'],
      action: { label: 'Confirm my address', url },
      notes: ['The link is valid for 7 days. If you did not create this account, ignore this message.'],
    };
  return {
    subject: 'Confirmez votre adresse électronique',
    paragraphs: [
      `Bonjour ${displayName ?? ''},`,
      'Pour terminer la création de votre compte, confirmez cette adresse.',
    ],
    action: { label: 'Confirmer mon adresse', url },
    notes: ["Le lien est valable 7 jours. Si vous n'avez pas créé ce compte, ignorez ce message."],
  };
}
