import { loadConfig } from '@quorum/config';
import type { DataSource } from 'typeorm';
import type {
  ConsultationOutline,
  ConsultationOutlineRepository,
} from '../repositories/consultation-outline.repository';
import { ConsultationFrames } from './consultation-frames.service';

const ID = '6a0f3c1e-8d2b-4f7a-9c3e-1b2d3e4f5a6b';

/** Frames over a database stand-in whose reads finish when the test says so, counting them. */
function framesOver(cacheMs: string) {
  const pending: (() => void)[] = [];
  let title = 'Budget participatif 2027';
  let reads = 0;
  const later = <T>(value: () => T): Promise<T> => new Promise((resolve) => pending.push(() => resolve(value())));
  const dataSource = {
    getRepository: () => ({
      findOneBy: () => {
        reads++;
        const read = title;
        return later(() => ({ id: ID, title: read, publishedAt: new Date() }));
      },
    }),
  } as unknown as DataSource;
  const outlines = {
    outlinesOf: (ids: string[]) =>
      later((): ConsultationOutline[] => ids.map((id) => ({ consultationId: id, phases: [], categories: [] }))),
  } as unknown as ConsultationOutlineRepository;
  const frames = new ConsultationFrames(
    dataSource,
    outlines,
    loadConfig({ NODE_ENV: 'test', MUNICIPALITY_CACHE_MS: cacheMs }),
  );
  const finishReads = async () => {
    while (pending.length > 0) pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    frames,
    finishReads,
    reads: () => reads,
    rename: (to: string) => (title = to),
  };
}

describe('ConsultationFrames', () => {
  it('shares one read between concurrent callers and reuses it while fresh', async () => {
    const db = framesOver('60000');
    const both = Promise.all([db.frames.frame(ID), db.frames.frame(ID)]);
    await db.finishReads();
    const [a, b] = await both;
    expect(a?.consultation.title).toBe('Budget participatif 2027');
    expect(b).toBe(a);
    expect((await db.frames.frame(ID))?.consultation.title).toBe('Budget participatif 2027');
    expect(db.reads()).toBe(1);
  });

  it('answers the callers of a read under way when the consultation is forgotten, and does not keep it', async () => {
    const db = framesOver('60000');
    const under = db.frames.frame(ID);
    db.rename('Titre corrigé');
    db.frames.forget(ID);
    await db.finishReads();
    expect((await under)?.consultation.title).toBe('Budget participatif 2027');
    const next = db.frames.frame(ID);
    await db.finishReads();
    expect((await next)?.consultation.title).toBe('Titre corrigé');
    expect(db.reads()).toBe(2);
  });

  it('reads every time when MUNICIPALITY_CACHE_MS is 0', async () => {
    const db = framesOver('0');
    for (let i = 0; i < 2; i++) {
      const read = db.frames.frame(ID);
      await db.finishReads();
      await read;
    }
    expect(db.reads()).toBe(2);
  });
});
