import type { ComponentChildren } from 'preact';
import type { ClientScript, PageStylesheet } from '../assets/client-scripts';
import type { Crumb } from '../layout/breadcrumb.component';
import { Layout } from '../layout/layout.component';
import { ErrorSummary } from './error-summary.component';
import type { FormView } from './form';

export interface FormPageProps<N extends string> {
  title: string;
  form: FormView<N>;
  breadcrumb?: Crumb[];
  scripts?: ClientScript[];
  stylesheets?: PageStylesheet[];
  children: ComponentChildren;
}

/**
 * A page whose content is a form: its title turns to "Erreur : …" and the
 * error summary comes first when the last submission was refused.
 */
export function FormPage<N extends string>({
  title,
  form,
  breadcrumb,
  scripts,
  stylesheets,
  children,
}: FormPageProps<N>) {
  const hasErrors = form.errors.length + form.general.length > 0;
  return (
    <Layout title={title} hasErrors={hasErrors} breadcrumb={breadcrumb} scripts={scripts} stylesheets={stylesheets}>
      <h1>{title}</h1>
      <ErrorSummary form={form} />
      {children}
    </Layout>
  );
}
