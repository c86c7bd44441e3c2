import type { ProposalPageData } from './proposals.documents';
import type { CommentFieldsFragment } from '../graphql/generated/graphql';
import type { FormView } from '../forms/form';
import { usePage, useT } from '../http/page-context';
import { consultationLinks, links } from '../routes/paths';
import { CommentForm } from './comment-form.component';
import type { CommentField } from './proposal-forms';
import { ProposalPageState, proposalUrl } from './proposal-page-state';
import { PageLinks } from '../layout/page-links.component';

/**
 * One comment: who, when and its links on one line, then its text. Kept to a
 * few elements: a page shows 20 comments with their replies.
 */
function CommentBody({
  comment,
  proposalId,
  replyHref,
}: {
  comment: CommentFieldsFragment;
  proposalId: string;
  replyHref?: string;
}) {
  const { i18n } = usePage();
  const t = useT();
  const author = comment.author.displayName;
  return (
    <>
      <p class="comment__meta">
        {author} · <time datetime={new Date(comment.createdAt).toISOString()}>{i18n.dateTime(comment.createdAt)}</time>
        {replyHref && (
          <>
            {' · '}
            <a href={replyHref} aria-label={t('proposals.comments.replyTo', { author })}>
              {t('proposals.comments.reply')}
            </a>
          </>
        )}
        {' · '}
        <a
          href={consultationLinks.reportContent(proposalId, comment.id)}
          aria-label={t('proposals.comments.reportComment', { author })}
        >
          {t('proposals.comments.report')}
        </a>
      </p>
      {/* Sanitised by the API (renderMarkdown). */}
      <div class="prose comment__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
    </>
  );
}

export interface CommentThreadProps {
  data: ProposalPageData;
  state: ProposalPageState;
  form: FormView<CommentField>;
}

/** Top-level comments (newest or oldest first), each with its replies (one level), and the forms to add one. */
export function CommentThread({ data, state, form }: CommentThreadProps) {
  const { viewer, path } = usePage();
  const t = useT();
  const { proposal, comments } = data;
  // The forms post to the page as it is (order, page of comments): a refusal shows that same page again.
  const action = proposalUrl(proposal.id, { order: state.order, after: state.after });
  const orders = [
    { order: 'OLDEST', label: t('proposals.comments.oldest') },
    { order: 'NEWEST', label: t('proposals.comments.newest') },
  ] as const;
  return (
    <section class="comments" id="commentaires" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('proposals.comments.title', { count: comments.totalCount })}</h2>
      {viewer ? (
        <CommentForm
          action={action}
          form={form}
          active={!state.replyTo}
          label={t('proposals.comment.label')}
          submit={t('proposals.comment.submit')}
        />
      ) : (
        <p>
          <a href={links.signIn(path)}>{t('proposals.comments.signIn')}</a>
        </p>
      )}
      {comments.totalCount > 1 && (
        <nav class="comment-order" aria-label={t('proposals.comments.order')}>
          <ul>
            {orders.map(({ order, label }) => (
              <li key={order}>
                <a
                  href={`${proposalUrl(proposal.id, { order })}#commentaires`}
                  aria-current={state.order === order ? 'true' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {comments.edges.length === 0 ? (
        <p>{t('proposals.comments.empty')}</p>
      ) : (
        <ol class="comment-list">
          {comments.edges.map(({ node }) => {
            const replying = state.replyTo === node.id;
            return (
              <li key={node.id} class="comment" id={`commentaire-${node.id}`}>
                <CommentBody
                  comment={node}
                  proposalId={proposal.id}
                  replyHref={
                    viewer && !replying
                      ? `${proposalUrl(proposal.id, { order: state.order, after: state.after, replyTo: node.id })}#reponse-${node.id}`
                      : undefined
                  }
                />
                {node.replies.length > 0 && (
                  <ol class="comment-list comment-list--replies" aria-label={t('proposals.comments.replies')}>
                    {node.replies.map((reply) => (
                      <li key={reply.id} class="comment" id={`commentaire-${reply.id}`}>
                        <CommentBody comment={reply} proposalId={proposal.id} />
                      </li>
                    ))}
                  </ol>
                )}
                {viewer && replying && (
                  <div id={`reponse-${node.id}`} class="comment__reply">
                    <CommentForm
                      action={proposalUrl(proposal.id, { order: state.order, after: state.after, replyTo: node.id })}
                      form={form}
                      active
                      parentId={node.id}
                      label={t('proposals.comment.replyLabel', { author: node.author.displayName })}
                      submit={t('proposals.comment.submitReply')}
                      cancel={`${proposalUrl(proposal.id, { order: state.order, after: state.after })}#commentaire-${node.id}`}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <PageLinks
        label={t('proposals.comments.pagination')}
        pageInfo={comments.pageInfo}
        paged={!!state.after}
        link={(after) => `${proposalUrl(proposal.id, { order: state.order, after })}#commentaires`}
        firstLabel={t('proposals.comments.first')}
        nextLabel={t('proposals.comments.next')}
      />
    </section>
  );
}
