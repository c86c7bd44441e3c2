import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@quorum/config';
import type { InstallationRepository } from '../repositories/installation.repository';
import { UPLOADS_MARKER, UploadsOfAnotherDatabaseError, UploadsOwnershipMarker } from './uploads-ownership';

/**
 * The marker's file logic on a real directory; the database's id is given (the
 * e2e tests read it from PostgreSQL). Another process writing its marker
 * between this one's check and its write is played by a marker whose first
 * check is followed by that write.
 */
describe('UploadsOwnershipMarker.claim', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uploads-ownership-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const installation = (id: string) => ({ id: async () => id }) as unknown as InstallationRepository;
  const config = () => ({ uploads: { dir } }) as AppConfig;
  const marker = () => readFile(join(dir, UPLOADS_MARKER), 'utf8');

  it('writes the database id in a directory without a marker, then finds it there', async () => {
    const ownership = new UploadsOwnershipMarker(config(), installation('ours'));
    await expect(ownership.claim(dir)).resolves.toEqual({ installation: 'ours', written: true });
    expect(await marker()).toBe('ours\n');
    await expect(ownership.claim(dir)).resolves.toEqual({ installation: 'ours', written: false });
  });

  it("never replaces a marker another process wrote after this one's check: refuses, and theirs stays", async () => {
    class Raced extends UploadsOwnershipMarker {
      private raced = false;
      override async check() {
        const seen = await super.check();
        if (!this.raced) {
          this.raced = true;
          await writeFile(join(dir, UPLOADS_MARKER), 'theirs\n');
        }
        return seen;
      }
    }
    await expect(new Raced(config(), installation('ours')).claim(dir)).rejects.toBeInstanceOf(
      UploadsOfAnotherDatabaseError,
    );
    expect(await marker()).toBe('theirs\n');
  });
});
