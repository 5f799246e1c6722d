/**
 * Runs one build for the benchmark, in its own process so the benchmark can
 * watch its memory from outside: stage boundaries go to stdout as
 * `stage <name> start|end`, the result as `result <json>`.
 *
 *   node --import tsx scripts/lib/bench-build.ts PROJECT_DIR
 */
import path from 'node:path';
import { buildSite } from '../../src/build/index.ts';

const project = path.resolve(process.argv[2]!);
const result = await buildSite({
  projectDir: project,
  articlesDir: path.join(project, 'articles'),
  outDir: path.join(project, 'dist'),
  onStage: (stage, phase) => console.log(`stage ${stage} ${phase}`),
});
console.log(`result ${JSON.stringify({ published: result.report.published, files: result.report.found, outputFiles: result.outputFiles })}`);
console.log(`pages rendered ${result.pages.rendered}, kept ${result.pages.kept}; index parts written ${result.indexParts.written}, kept ${result.indexParts.kept}`);
