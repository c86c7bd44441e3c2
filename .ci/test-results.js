#!/usr/bin/env node
// Reads the per-file counts test/setup/summary-reporter.js writes (QUORUM_TEST_RESULTS).
//   failed FIRST          prints the files with a failure, one a line; none when the run counted
//                         failures outside its files (then nothing is worth running again)
//   combine FIRST SECOND  prints "flaky: FILE" for each file that failed and then passed, then
//                         "tests: N passed, N failed" over both runs, each file counted from its last run
const { readFileSync } = require('node:fs');

const read = (path) => JSON.parse(readFileSync(path, 'utf8')).files;

function failed(first) {
  const { files, failed: total } = JSON.parse(readFileSync(first, 'utf8'));
  const failing = files.filter((file) => file.failed > 0);
  if (failing.reduce((sum, file) => sum + file.failed, 0) !== total) return;
  for (const file of failing) console.log(file.path);
}

function combine(first, second) {
  const last = new Map(read(first).map((file) => [file.path, file]));
  const flaky = [];
  for (const file of read(second)) {
    if (file.failed === 0 && last.get(file.path)?.failed > 0) flaky.push(file.path);
    last.set(file.path, file);
  }
  const totals = [...last.values()].reduce((t, f) => ({ passed: t.passed + f.passed, failed: t.failed + f.failed }), {
    passed: 0,
    failed: 0,
  });
  for (const path of flaky) console.log(`flaky: ${path} failed, then passed when run again`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

const [command, ...paths] = process.argv.slice(2);
if (command === 'failed' && paths.length === 1) failed(paths[0]);
else if (command === 'combine' && paths.length === 2) combine(paths[0], paths[1]);
else {
  console.error('usage: test-results.js failed FIRST | combine FIRST SECOND');
  process.exitCode = 2;
}
