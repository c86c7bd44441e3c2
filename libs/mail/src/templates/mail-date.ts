import { MailLocale } from './mail-content';

/** The commune's time zone, as the website shows dates (libs/web's translator). */
const TIME_ZONE = 'Europe/Paris';

/** A moment as the reader's language writes it, in the commune's time: "15 mars 2027 à 18:00". */
export function mailDateTime(iso: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
