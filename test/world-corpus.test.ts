// The world corpus (test/corpus/world/): documents shaped like the charters offices really publish, scored
// fact by fact against what a careful reader takes from each. Run: node scripts/test.mjs world-corpus
// (WORLD_VERBOSE=1 lists every wrong fact). The floor is the target, not today's figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatScore, ratio, scoreCorpus, tally } from './corpus/world/score.ts';

/** The share of facts the importer must get right. */
const FLOOR = 0.95;

test('world corpus: every document is read, and the facts are right at least FLOOR of the time', async () => {
  const score = await scoreCorpus();
  console.log(formatScore(score, process.env.WORLD_VERBOSE === '1'));
  assert.ok(score.documents >= 44, `the corpus has ${score.documents} documents`);
  const refused = score.refused.filter((r) => r.hasFacts).map((r) => `${r.doc} (${r.code}: ${r.message})`);
  assert.deepEqual(refused, [], 'documents with services or grievance steps must not be refused');
  const overall = ratio(tally(score.facts));
  assert.ok(overall >= FLOOR, `overall ${(100 * overall).toFixed(1)}% is under the floor ${(100 * FLOOR).toFixed(0)}%`);
});
