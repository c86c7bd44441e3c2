import { MailContent, MailContext } from './mail-content';

export interface PasswordResetParams {
  token: string;
}

/** The link to choose a new password (resetPassword): valid one hour, once. */
export function passwordResetTemplate(
  p: PasswordResetParams,
  { locale, publicUrl, displayName }: MailContext,
): MailContent {
  const url = `${publicUrl}/mot-de-passe/nouveau?jeton=${encodeURIComponent(p.token)}`;
  if (locale === 'en')
    return {
      subject: 'Choose a new password',
      paragraphs: [
        `Hello ${displayName ?? ''},`,
        'Someone asked to reset the password of your account. Follow this link to choose a new one: every device signed in to your account will be signed out.',
      ],
      action: { label: 'Choose a new password', url },
      notes: [
        'The link works once, for one hour. If you did not ask for it, ignore this message: your password stays as it is.',
      ],
    };
  return {
    subject: 'Choisissez un nouveau mot de passe',
    paragraphs: [
      `Bonjour ${displayName ?? ''},`,
      'Une réinitialisation du mot de passe de votre compte a été demandée. Suivez ce lien pour en choisir un nouveau : tous les appareils connectés à votre compte seront déconnectés.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url },
    notes: [
      "Le lien ne sert qu'une fois, pendant une heure. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
    ],
  };
}
