import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { publishFile } from './publish-file';

describe('publishFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'publish-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const publish = (text: string, exclusive?: boolean) =>
    publishFile(Readable.from([text]), join(dir, 'file.tmp'), () => join(dir, 'published'), { exclusive });

  it('publishes the bytes under the target name and leaves no temporary file', async () => {
    await expect(publish('first')).resolves.toBe(join(dir, 'published'));
    expect(await readFile(join(dir, 'published'), 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['published']);
  });

  it('replaces a file already under the name, unless exclusive', async () => {
    await writeFile(join(dir, 'published'), 'theirs');
    await publish('mine');
    expect(await readFile(join(dir, 'published'), 'utf8')).toBe('mine');
  });

  it('exclusive: refuses a name someone holds (EEXIST), keeps their file, removes its temporary one', async () => {
    await writeFile(join(dir, 'published'), 'theirs');
    await expect(publish('mine', true)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(dir, 'published'), 'utf8')).toBe('theirs');
    expect(await readdir(dir)).toEqual(['published']);
  });

  it('exclusive: publishes a free name like a rename would', async () => {
    await publish('mine', true);
    expect(await readFile(join(dir, 'published'), 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['published']);
  });
});
