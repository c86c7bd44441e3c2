import { useT } from '../http/page-context';

/**
 * The progress as a bar and in words: the bar (SVG, since the content
 * security policy refuses style attributes) is decoration, the text says it.
 */
export function ProgressBar({ percent }: { percent: number }) {
  const t = useT();
  return (
    <div class="tracking-progress">
      <svg
        class="tracking-progress__bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="tracking-progress__track" x="0" y="0" width="100" height="6" />
        <rect class="tracking-progress__fill" x="0" y="0" width={percent} height="6" />
      </svg>
      <span class="tracking-progress__text">{t('tracking.progress', { percent })}</span>
    </div>
  );
}
