import type { ProposalPageData } from './proposals.documents';
import { districtName } from '../budgets/budget-view';
import { ErrorSummary } from '../forms/error-summary.component';
import type { FormView } from '../forms/form';

import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { consultationLinks, links } from '../routes/paths';
import { AnswerBadge } from './answer-badge.component';
import { CommentThread } from './comment-thread.component';
import type { CommentField } from './proposal-forms';
import type { ProposalPageState } from './proposal-page-state';
import { SupportPanel } from './support-panel.component';

export interface ProposalPageProps {
  data: ProposalPageData;
  state: ProposalPageState;
  /** The comment form as last submitted, and the refusals of any action (support ones have no field). */
  form: FormView<CommentField>;
  /** The absolute address to share. */
  shareUrl: string;
  now: Date;
}

function AuthorActions({ data }: { data: ProposalPageData }) {
  const t = useT();
  const { proposal, viewer } = data;
  if (!viewer || viewer.id !== proposal.author.id) return null;
  const edit = proposal.editable ? links.editProposal?.(proposal.id) : undefined;
  const withdraw = proposal.status !== 'WITHDRAWN' ? links.withdrawProposal?.(proposal.id) : undefined;
  if (!edit && !withdraw) return null;
  return (
    <p class="button-group">
      {edit && (
        <a class="button button--secondary" href={edit}>
          {t('proposals.page.edit')}
        </a>
      )}
      {withdraw && (
        <a class="button button--secondary" href={withdraw}>
          {t('proposals.page.withdraw')}
        </a>
      )}
    </p>
  );
}

/** A proposal: body, facts, supports, the official answer, comments, report and share. */
export function ProposalPage({ data, state, form, shareUrl, now }: ProposalPageProps) {
  const { i18n, viewer } = usePage();
  const t = useT();
  const { proposal, consultation } = data;
  const district = districtName(data.municipality.districts, proposal.districtId);
  const hasErrors = form.errors.length + form.general.length > 0;
  const crumbs = [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('consultations.list.title'), href: consultationLinks.consultations() },
    { label: consultation.title, href: consultationLinks.consultation(consultation.id) },
    { label: t('proposals.list.title'), href: consultationLinks.proposals(consultation.id) },
    { label: proposal.title },
  ];
  return (
    <Layout title={proposal.title} hasErrors={hasErrors} breadcrumb={crumbs} scripts={viewer ? ['submit-once'] : []}>
      <article class="proposal" aria-labelledby="proposal-title">
        <h1 id="proposal-title">{proposal.title}</h1>
        <ErrorSummary form={form} />
        <p class="lead proposal__meta">
          {t('proposals.page.meta', {
            author: proposal.author.displayName,
            date: i18n.date(proposal.publishedAt ?? proposal.createdAt),
          })}
        </p>
        {proposal.hidden && <p class="notice">{t('proposals.page.hidden')}</p>}
        {proposal.status === 'WITHDRAWN' && (
          <div class="notice">
            <p>{t('proposals.page.withdrawn')}</p>
            {proposal.withdrawalReason && (
              <p>{t('proposals.page.withdrawnReason', { reason: proposal.withdrawalReason })}</p>
            )}
          </div>
        )}
        <AuthorActions data={data} />
        <div class="proposal__layout">
          <div class="proposal__main">
            {/* Sanitised by the API (renderMarkdown). */}
            <div class="prose" dangerouslySetInnerHTML={{ __html: proposal.bodyHtml }} />
            {proposal.answer && (
              <section class="panel answer" aria-labelledby="answer-title">
                <h2 id="answer-title">{t('proposals.answer.title')}</h2>
                <p>
                  <strong>{t('proposals.answer.status', { status: proposal.answer.status })}</strong>
                  {proposal.answer.publishedAt && (
                    <> · {t('proposals.answer.date', { date: i18n.date(proposal.answer.publishedAt) })}</>
                  )}
                </p>
                <div class="prose" dangerouslySetInnerHTML={{ __html: proposal.answer.answerHtml }} />
              </section>
            )}
          </div>
          <aside class="proposal__aside" aria-label={t('proposals.page.facts')}>
            <SupportPanel data={data} now={now} />
            <h2 class="proposal__facts-title">{t('proposals.page.facts')}</h2>
            <dl class="facts">
              <dt>{t('proposals.page.status')}</dt>
              <dd>
                <AnswerBadge status={proposal.status} />
              </dd>
              <dt>{t('proposals.page.consultation')}</dt>
              <dd>
                <a href={consultationLinks.consultation(consultation.id)}>{consultation.title}</a>
              </dd>
              {proposal.category && (
                <>
                  <dt>{t('proposals.page.category')}</dt>
                  <dd>{proposal.category.name}</dd>
                </>
              )}
              {district && (
                <>
                  <dt>{t('proposals.page.district')}</dt>
                  <dd>{district}</dd>
                </>
              )}
              {proposal.address && (
                <>
                  <dt>{t('proposals.page.place')}</dt>
                  <dd>
                    <address>{proposal.address}</address>
                  </dd>
                </>
              )}
            </dl>
            <h2 class="proposal__facts-title">{t('proposals.page.share')}</h2>
            <p class="share">
              <label class="field__label" for="share-url">
                {t('proposals.page.shareLabel')}
              </label>
              <input class="field__input" id="share-url" type="url" value={shareUrl} readOnly />
            </p>
            <p>
              <a href={consultationLinks.reportContent(proposal.id)}>{t('proposals.page.report')}</a>
            </p>
          </aside>
        </div>
      </article>
      <CommentThread data={data} state={state} form={form} />
    </Layout>
  );
}
