// Prints the world corpus figures against the importer in the tree: npx tsx test/corpus/world/report.ts
// (WORLD_VERBOSE=1 lists every wrong fact).
import { formatScore, scoreCorpus } from './score.ts';

const score = await scoreCorpus();
console.log(formatScore(score, process.env.WORLD_VERBOSE === '1'));
