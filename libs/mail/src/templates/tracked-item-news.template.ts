import { MailContent, MailContext, MailLocale } from './mail-content';

export interface TrackedItemNewsParams {
  trackedItemId: string;
  itemTitle: string;
  /** The update's public text. */
  body: string;
  /** The day it tells about, YYYY-MM-DD. */
  occurredOn: string;
  /** The item's status then (TrackedItemStatus). */
  status: string;
  progressPercent: number;
}

const STATUS_LABELS: Record<MailLocale, Record<string, string>> = {
  fr: { PLANNED: 'prévu', IN_STUDY: 'à l’étude', IN_WORKS: 'en travaux', DONE: 'réalisé', ABANDONED: 'abandonné' },
  en: { PLANNED: 'planned', IN_STUDY: 'in study', IN_WORKS: 'in works', DONE: 'done', ABANDONED: 'abandoned' },
};

function day(isoDate: string, locale: MailLocale): string {
  const [year, month, date] = isoDate.split('-');
  return locale === 'en' ? isoDate : `${date}/${month}/${year}`;
}

/** To the residents following a tracked item (followTrackedItem): staff published an update on it. */
export function trackedItemNewsTemplate(p: TrackedItemNewsParams, { locale, publicUrl }: MailContext): MailContent {
  // The website's PATHS.trackedItem (this library imports no website).
  const url = `${publicUrl}/suivi-des-projets/${encodeURIComponent(p.trackedItemId)}`;
  const status = STATUS_LABELS[locale][p.status] ?? p.status;
  if (locale === 'en')
    return {
      subject: `News of a project you follow: ${p.itemTitle}`,
      paragraphs: [
        `"${p.itemTitle}", ${day(p.occurredOn, locale)}:`,
        p.body,
        `Where it stands: ${status}, ${p.progressPercent} % done.`,
      ],
      action: { label: 'See the project', url },
      notes: ['You receive this message because you follow this project.'],
    };
  return {
    subject: `Du nouveau sur un projet que vous suivez : ${p.itemTitle}`,
    paragraphs: [
      `« ${p.itemTitle} », le ${day(p.occurredOn, locale)} :`,
      p.body,
      `Où en est-il : ${status}, réalisé à ${p.progressPercent} %.`,
    ],
    action: { label: 'Voir le projet', url },
    notes: ['Vous recevez ce message parce que vous suivez ce projet.'],
  };
}
