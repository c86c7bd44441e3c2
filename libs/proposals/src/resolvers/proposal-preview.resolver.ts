import { Args, Query, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '@quorum/consultations';
import { PreviewProposalBodyArgs } from '../dto/preview-proposal-body.args';

/**
 * The body of a proposal being written, as its page will show it: the
 * website's "Prévisualiser" button works without JavaScript through it.
 * Signed-in residents only (the global guard refuses visitors): only authors write.
 */
@Resolver()
export class ProposalPreviewResolver {
  @Query(() => String, { description: 'A proposal body (Markdown) rendered to sanitised HTML, as bodyHtml would be.' })
  previewProposalBody(@Args() args: PreviewProposalBodyArgs): string {
    return renderMarkdown(args.body);
  }
}
