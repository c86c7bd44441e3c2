import type { ProposalPageData } from './proposals.documents';
import { lastDay } from '../consultations/consultation-timing';
import { CsrfField } from '../forms/csrf-field.component';

import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import { consultationLinks, links } from '../routes/paths';
import { supportEligibilitySentences } from '../consultations/support-eligibility';
import { SupportProgress } from './support-progress.component';

/** Why the visitor cannot support now, in words; null when the button is shown. */
function reasonNotToSupport(data: ProposalPageData, now: Date): { key: MessageKey; date?: string } | null {
  const { proposal, consultation } = data;
  if (proposal.hidden || !['PUBLISHED', 'EVALUATING', 'ACCEPTED'].includes(proposal.status))
    return { key: 'proposals.support.notSupportable' };
  const phase = consultation.phases.find((p) => p.kind === 'SUPPORTS');
  if (!phase) return { key: 'proposals.support.closed' };
  if (consultation.currentPhase !== 'SUPPORTS') {
    return now.getTime() < Date.parse(phase.startsAt)
      ? { key: 'proposals.support.notYet', date: phase.startsAt }
      : { key: 'proposals.support.over', date: lastDay(phase.endsAt).toISOString() };
  }
  return null;
}

/** The supports: the progress, and what the visitor can do about it (support, withdraw, or why not). */
export function SupportPanel({ data, now }: { data: ProposalPageData; now: Date }) {
  const { i18n, viewer, path } = usePage();
  const t = useT();
  const { proposal, consultation } = data;
  const reason = reasonNotToSupport(data, now);
  const supportsPhase = consultation.phases.find((p) => p.kind === 'SUPPORTS');
  const action = consultationLinks.proposal(proposal.id);
  return (
    <section class="panel support-panel" id="soutiens" aria-labelledby="supports-title">
      <h2 id="supports-title">{t('proposals.support.title')}</h2>
      <SupportProgress
        count={proposal.supportCount}
        threshold={proposal.supportThreshold}
        reached={proposal.thresholdReached}
      />
      {reason ? (
        <p>{t(reason.key, { date: reason.date ? i18n.date(reason.date) : '' })}</p>
      ) : !viewer ? (
        <p>
          <a href={links.signIn(path)}>{t('proposals.support.signIn')}</a>
        </p>
      ) : !viewer.verified && !proposal.supportedByMe ? (
        <p>
          {t('proposals.support.verify')} <a href={links.residency(path)}>{t('proposals.support.verifyLink')}</a>
        </p>
      ) : (
        <>
          {supportsPhase && (
            <p>{t('proposals.support.openUntil', { date: i18n.date(lastDay(supportsPhase.endsAt)) })}</p>
          )}
          {supportEligibilitySentences(consultation, t).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {proposal.supportedByMe && <p class="support-panel__mine">{t('proposals.support.mine')}</p>}
          <form class="inline-form" method="post" action={action} data-submit-once>
            <CsrfField />
            {proposal.supportedByMe ? (
              <button class="button button--secondary" type="submit" name="action" value="unsupport">
                {t('proposals.support.withdraw')}
              </button>
            ) : (
              <button class="button" type="submit" name="action" value="support">
                {t('proposals.support.button')}
              </button>
            )}
          </form>
        </>
      )}
    </section>
  );
}
