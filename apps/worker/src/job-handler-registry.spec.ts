import { assertOneHandlerPerJob } from './job-handler-registry';

describe('assertOneHandlerPerJob', () => {
  it('accepts exactly one handler per job', () => {
    expect(() =>
      assertOneHandlerPerJob(
        ['a', 'b'],
        [
          { job: 'a', where: 'A.run' },
          { job: 'b', where: 'B.run' },
        ],
      ),
    ).not.toThrow();
  });

  it('names missing, doubled and unknown handlers', () => {
    const check = () =>
      assertOneHandlerPerJob(
        ['a', 'b'],
        [
          { job: 'a', where: 'A.run' },
          { job: 'a', where: 'A2.run' },
          { job: 'c', where: 'C.run' },
        ],
      );
    expect(check).toThrow(/no handler for job "b"/);
    expect(check).toThrow(/job "a" has 2 handlers: A.run, A2.run/);
    expect(check).toThrow(/C.run handles unknown job "c"/);
  });
});
