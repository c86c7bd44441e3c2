import { MailContent, MailLocale, RenderedMail } from './mail-content';

const SIGNATURE: Record<MailLocale, string> = {
  fr: 'Quorum, la plateforme de participation de votre commune',
  en: "Quorum, your municipality's participation platform",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text and HTML from one content: the HTML is plain markup with inline
 * styles only, no image, no remote resource, no tracking of any kind.
 */
export function renderMail(
  content: MailContent,
  locale: MailLocale,
  unsubscribe?: { label: string; url: string },
): RenderedMail {
  const notes = content.notes ?? [];
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label} :\n${content.action.url}`] : []),
    ...notes,
    `-- \n${SIGNATURE[locale]}`,
    ...(unsubscribe ? [`${unsubscribe.label} :\n${unsubscribe.url}`] : []),
  ].join('\n\n');
  const paragraph = (p: string): string => `<p>${escapeHtml(p)}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    ...content.paragraphs.map(paragraph),
    ...(content.action
      ? [`<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`]
      : []),
    ...notes.map((n) => `<p style="color: #555">${escapeHtml(n)}</p>`),
    `<p style="color: #555">${escapeHtml(SIGNATURE[locale])}</p>`,
    ...(unsubscribe
      ? [`<p style="color: #555"><a href="${escapeHtml(unsubscribe.url)}">${escapeHtml(unsubscribe.label)}</a></p>`]
      : []),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text: `${text}\n`, html: `${html}\n` };
}
