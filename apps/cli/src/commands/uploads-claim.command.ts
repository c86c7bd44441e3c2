import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UPLOADS_MARKER, UploadsOfAnotherDatabaseError, UploadsOwnershipMarker } from '@quorum/reports';
import { Command } from 'nest-commander';
import { ContextCommand } from './context.command';
import { CliError } from '../cli-error';

/**
 * For an installation from before UPLOADS_DIR's marker: its photos are there
 * but the directory names no database, so the orphan sweep refuses until the
 * next photo upload writes the marker. This writes it now, as that upload
 * would (UploadsOwnershipMarker.claim), and never over another database's.
 */
@Command({
  name: 'uploads:claim',
  description: `Tie UPLOADS_DIR to this database: write its ${UPLOADS_MARKER} file as the first photo upload does; refuses a directory that names another database`,
})
export class UploadsClaimCommand extends ContextCommand {
  async run(): Promise<void> {
    const dir = this.cli.config.uploads.dir;
    // A missing directory is a wrong UPLOADS_DIR (or a volume not mounted): making it would claim nothing.
    const stats = await stat(dir).catch(() => null);
    if (!stats?.isDirectory()) throw new CliError(`uploads:claim: no such directory: ${dir} (UPLOADS_DIR)`);
    // The temporary file goes beside the marker rather than in `incoming/`, which this would otherwise make,
    // owned by whoever runs the CLI: an API running as another user could then write no photo.
    const claim = await (await this.cli.get(UploadsOwnershipMarker)).claim(dir).catch((error: unknown) => {
      if (error instanceof UploadsOfAnotherDatabaseError) throw new CliError(refusal(error));
      throw error;
    });
    process.stdout.write(
      claim.written
        ? `Wrote ${join(dir, UPLOADS_MARKER)}: UPLOADS_DIR now belongs to this database, installation ${claim.installation}\n`
        : `UPLOADS_DIR (${dir}) already belongs to this database, installation ${claim.installation}: nothing to do\n`,
    );
  }
}

function refusal({ ownership }: UploadsOfAnotherDatabaseError): string {
  if (ownership.database === null)
    return (
      "uploads:claim: DATABASE_URL's database has no installation id (its installation row is missing: " +
      'a restore that failed?): nothing written'
    );
  return (
    `uploads:claim: UPLOADS_DIR (${ownership.dir}) belongs to another database, installation ${ownership.marker} ` +
    `(its ${UPLOADS_MARKER} file), not to DATABASE_URL's, installation ${ownership.database}: nothing written. ` +
    "Check DATABASE_URL and UPLOADS_DIR (if the photos really are this database's, remove that file and run " +
    'uploads:claim again)'
  );
}
