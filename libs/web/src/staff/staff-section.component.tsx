import type { ComponentChildren } from 'preact';

/** A part of a back-office page named by its heading (aria-labelledby), so that assistive technology lists it. */
export function StaffSection(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="staff-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
