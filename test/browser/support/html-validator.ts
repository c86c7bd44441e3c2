import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Nu Html Checker's jar (vnu-jar's own file), run with the system's Java (`.ci/run` installs it when missing). */
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * A short run: the JIT's first tier only (C2 would compile for a long run that never comes) and one
 * garbage collector thread. About 2.7 s of CPU instead of 7 for thirty pages; the same messages.
 */
const JVM_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * Validates documents with the W3C's Nu Html Checker in one Java run (its
 * start-up is the cost) and returns the errors, each with its page.
 */
export async function htmlErrors(documents: { name: string; html: string }[]): Promise<string[]> {
  const directory = await mkdtemp(join(tmpdir(), 'vnu-'));
  try {
    const files = await Promise.all(
      documents.map(async (document, index) => {
        const file = join(directory, `${index}.html`);
        await writeFile(file, document.html);
        return { file, name: document.name };
      }),
    );
    const { stdout, stderr } = await run(
      'java',
      [
        ...JVM_OPTIONS,
        '-jar',
        VNU_JAR,
        '--format',
        'json',
        '--exit-zero-always',
        '--stdout',
        ...files.map((f) => f.file),
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    const { messages } = JSON.parse(stdout || stderr) as { messages: VnuMessage[] };
    const nameOf = (url: string) => files.find((f) => url.endsWith(f.file))?.name ?? url;
    return messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${nameOf(m.url)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` (${m.extract.trim()})` : ''}`);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
