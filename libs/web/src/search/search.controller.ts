import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormView } from '../forms/form';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import { queryParam, WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { PATHS } from '../routes/paths';
import { SEARCH_FORM, SearchField } from './search-form';
import { searchQuery } from './search.query';
import { SearchPage } from './search.page';

/** Search results: a GET page (an address to share, the back button works), paged by keyset cursors in links. */
@Controller()
export class SearchController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.search)
  async search(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const query = (queryParam(req, 'q') ?? '').trim();
    const after = queryParam(req, 'apres') || undefined;
    if (!query) return this.show(req, reply, query, undefined, emptyForm());
    const { data, failures } = await this.graphql.execute(req, reply, searchQuery, { query, after });
    if (data && failures.length === 0) {
      const page = h(SearchPage, { query, after, results: data.searchProposals, form: emptyForm({ q: query }) });
      return this.pages.send(req, reply, data, page);
    }
    const i18n = this.pages.translator(req);
    // Unhandled failures (database down) throw, and the error page says it.
    const form = formFromFailures(SEARCH_FORM, { q: query }, failures, i18n);
    await this.show(req, reply, query, undefined, form, 400);
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    query: string,
    after: string | undefined,
    form: FormView<SearchField>,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, h(SearchPage, { query, after, results: null, form }), status);
  }
}
