import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormView } from '../../forms/form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import type { WebReply } from '../../http/web-request';
import type { MessageKey } from '../../i18n/catalogue';
import { layoutQuery } from '../../layout/layout-data';
import { StaffGet, StaffUpload } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { UploadRequest } from '../../http/upload-csrf.guard';
import { CENSUS_FORM, CensusField } from './census-form';
import { CensusPage, CensusPageProps } from './census.page';
import { importCensusMutation } from './census.documents';

/** Census files are at most what `importCensus` accepts (5 000 000 characters): the token, the file, nothing else. */
const CENSUS_UPLOAD = { fileSize: 5_000_000, files: 1, fields: 2, parts: 3 };

/** Why an uploaded file was not sent to the API. */
type FileProblem = Extract<MessageKey, `census.file.${string}`>;

/**
 * The census (issue #21, point 6): upload a file, read back what was
 * imported, updated and refused. The summary is the POST's answer (no
 * redirect): the API returns the refused lines once and stores only their
 * count, and importing the same file again adds nothing.
 */
@Controller()
export class CensusController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.census)
  async form(@Req() req: UploadRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, { form: emptyForm() });
  }

  @StaffUpload(STAFF_ROUTES.censusImport, CENSUS_UPLOAD)
  async import(@Req() req: UploadRequest, @Res() reply: WebReply): Promise<void> {
    const file = await this.readFile(req);
    if ('problem' in file) return this.refuse(req, reply, file.problem);
    const result = await this.graphql.mutate(req, reply, importCensusMutation, { input: { csv: file.text } });
    if (!result.ok) {
      const form = formFromFailures(CENSUS_FORM, { census: '' }, result.failures, this.pages.translator(req));
      return this.show(req, reply, { form }, 400);
    }
    await this.show(req, reply, { form: emptyForm(), result: result.data.importCensus });
  }

  /** The file's text (UTF-8, its BOM dropped), or why there is none to import. */
  private async readFile(req: UploadRequest): Promise<{ text: string } | { problem: FileProblem }> {
    if (!req.uploadParts) return { problem: 'census.file.required' };
    let data: Buffer | null = null;
    try {
      for await (const part of req.uploadParts) {
        // Read every part to the end (the request must be consumed); keep the census file.
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.fieldname === 'census' && part.filename) data = bytes;
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return { problem: 'census.file.tooLarge' };
      if (/^FST_(PARTS|FILES|FIELDS)_LIMIT$/.test(String((error as { code?: string }).code)))
        return { problem: 'census.file.invalid' };
      throw error;
    }
    if (!data || data.length === 0) return { problem: 'census.file.required' };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
    } catch {
      return { problem: 'census.file.encoding' };
    }
  }

  private async refuse(req: UploadRequest, reply: WebReply, problem: FileProblem): Promise<void> {
    const form: FormView<CensusField> = {
      values: {},
      errors: [{ field: 'census', text: this.pages.translator(req).t(problem) }],
      general: [],
    };
    await this.show(req, reply, { form }, 400);
  }

  private async show(req: UploadRequest, reply: WebReply, props: CensusPageProps, status = 200): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, h(CensusPage, props), status);
  }
}
