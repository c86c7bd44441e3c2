import type { ComponentChildren } from 'preact';
import type { FormView } from '../../forms/form';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';

export interface ItemFormLayoutProps {
  item: { id: string; title: string };
  title: string;
  intro: string;
  form: FormView<string>;
  children: ComponentChildren;
}

/** A form about one tracked item on a page of its own: the way back to the list and to the item, then what it does. */
export function ItemFormLayout({ item, title, intro, form, children }: ItemFormLayoutProps) {
  const t = useT();
  return (
    <StaffLayout
      title={title}
      trail={[
        { label: t('staffTracking.title'), href: staffLinks.trackedItems() },
        { label: item.title, href: staffLinks.trackedItem(item.id) },
      ]}
      form={form}
    >
      <p>{intro}</p>
      {children}
    </StaffLayout>
  );
}
