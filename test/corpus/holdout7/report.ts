// Prints the seventh held-out corpus figures against the importer in the tree: npx tsx test/corpus/holdout7/report.ts
// (HOLDOUT_VERBOSE=1 lists every wrong fact). A measure, not a gate: see README.md here. Not part of `npm test`.
import { formatScore, scoreCorpus } from '../world/score.ts';

const score = await scoreCorpus(new URL('./', import.meta.url));
console.log(formatScore(score, process.env.HOLDOUT_VERBOSE === '1').replace('world corpus', 'seventh held-out corpus'));
