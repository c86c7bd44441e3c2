import { Controller, Param, Req, Res } from '@nestjs/common';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet } from '../http/web-route.decorators';
import { queryParam, WebReply, WebRequest } from '../http/web-request';
import { isLocalPath, links, PATHS } from '../routes/paths';
import { isLocale } from './locale';

@Controller()
export class LanguageController {
  constructor(private readonly pages: PageRenderer) {}

  /**
   * The language switch: a link, so it needs no JavaScript. It only sets a
   * preference cookie and goes back to the page (never to another site).
   */
  @WebGet(`${PATHS.language}/:locale`)
  async switch(@Param('locale') locale: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    if (isLocale(locale)) {
      reply.setCookie(this.pages.cookies.name('language'), locale, this.pages.cookies.options(365 * 86400));
    }
    const back = queryParam(req, 'retour');
    await this.pages.redirect(reply, isLocalPath(back) ? back : links.home());
  }
}
