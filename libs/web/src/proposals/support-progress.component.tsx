import { useT } from '../http/page-context';

/**
 * Supports against the threshold: the figures in words, and a bar drawn in
 * SVG (the page's CSP allows no style attribute) that repeats them for the eye.
 */
export function SupportProgress({ count, threshold, reached }: { count: number; threshold: number; reached: boolean }) {
  const t = useT();
  const share = threshold > 0 ? Math.min(1, count / threshold) : 0;
  return (
    <div class="support-progress">
      <p class="support-progress__text">
        {t('proposals.supports', { count, threshold })}
        {reached && <strong class="badge badge--success">{t('proposals.supports.reached')}</strong>}
      </p>
      {threshold > 0 && (
        <svg
          class="support-progress__bar"
          viewBox="0 0 100 4"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect class="support-progress__track" width="100" height="4" />
          <rect class="support-progress__value" width={String(Math.round(share * 1000) / 10)} height="4" />
        </svg>
      )}
    </div>
  );
}
