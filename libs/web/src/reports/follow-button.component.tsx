import { CsrfField } from '../forms/csrf-field.component';
import { usePage, useT } from '../http/page-context';
import { links, reportLinks } from '../routes/paths';

/**
 * Follow a report instead of reporting it again: a POST form for residents
 * signed in (or "stop following" once they do), a sign-in link that comes
 * back to the report for visitors.
 */
export function FollowButton({
  reportId,
  followed,
  describedBy,
}: {
  reportId: string;
  followed: boolean;
  /** Where several reports each have a button, the id of the text that tells this one apart. */
  describedBy?: string;
}) {
  const t = useT();
  const { viewer } = usePage();
  if (!viewer)
    return (
      <p class="report-follow">
        <a href={links.signIn(reportLinks.issueReport(reportId))} aria-describedby={describedBy}>
          {t('reports.follow.signIn')}
        </a>
      </p>
    );
  return (
    <form class="report-follow" method="post" action={reportLinks.followIssueReport(reportId)}>
      <CsrfField />
      {followed && <p>{t('reports.follow.following')}</p>}
      <button
        class={followed ? 'button button--secondary' : 'button'}
        type="submit"
        name="action"
        value={followed ? 'unfollow' : 'follow'}
        aria-describedby={describedBy}
      >
        {t(followed ? 'reports.follow.stop' : 'reports.follow.button')}
      </button>
    </form>
  );
}
