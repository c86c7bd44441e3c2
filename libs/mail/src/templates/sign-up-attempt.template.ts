import { MailContent, MailContext } from './mail-content';

export type SignUpAttemptParams = Record<string, never>;

/**
 * Sent to the owner of an address when someone signs up with it: the sign-up
 * itself answers as for a new address (nobody learns that an account exists),
 * and only the owner learns of the attempt.
 */
export function signUpAttemptTemplate(_p: SignUpAttemptParams, { locale, publicUrl }: MailContext): MailContent {
  const url = `${publicUrl}/connexion`;
  if (locale === 'en')
    return {
      subject: 'Someone tried to create an account with your address',
      paragraphs: [
        'Someone just tried to create an account with this email address, which already has one.',
        'If it was you, simply sign in; if you forgot your password, you can choose a new one from the sign-in page.',
      ],
      action: { label: 'Sign in', url },
      notes: ['If it was not you, you have nothing to do: no account was created with your address.'],
    };
  return {
    subject: 'Quelqu’un a essayé de créer un compte avec votre adresse',
    paragraphs: [
      'Quelqu’un vient d’essayer de créer un compte avec cette adresse électronique, qui en a déjà un.',
      'Si c’était vous, connectez-vous simplement ; si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau depuis la page de connexion.',
    ],
    action: { label: 'Me connecter', url },
    notes: ['Si ce n’était pas vous, vous n’avez rien à faire : aucun compte n’a été créé avec votre adresse.'],
  };
}
