/**
 * A Stryker reporter (plugin "mutation-plan", plain JavaScript: Stryker imports plugins with
 * Node, which does not read TypeScript here): when the plan is ready, before any mutant runs,
 * writes reports/mutation/plan.json, a row per mutated file: its mutants, the static ones left
 * out (ignoreStatic), the results reused from the incremental file, those no test covers, those
 * to run, and the tests and dry-run test time they will cost. With MUTATION_PLAN_ONLY=1 it
 * prints the table and ends the process there (`npm run test:mutation -- --plan-only`): the cost
 * of a run, known before paying for it.
 */
import console from 'node:console';
import { mkdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { dirname, relative } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const OUT = 'reports/mutation/plan.json';

/** @param {{ mutantPlans: ReadonlyArray<any> }} event */
function summarise({ mutantPlans }) {
  /** @type {Record<string, { mutants: number, static: number, reused: number, noCoverage: number, toRun: number, tests: number, maxTests: number, testSeconds: number }>} */
  const files = {};
  for (const p of mutantPlans) {
    const file = relative(process.cwd(), p.mutant.fileName);
    const row = (files[file] ??= {
      mutants: 0,
      static: 0,
      reused: 0,
      noCoverage: 0,
      toRun: 0,
      tests: 0,
      maxTests: 0,
      testSeconds: 0,
    });
    row.mutants++;
    if (p.plan === 'EarlyResult') {
      if (p.mutant.status === 'Ignored') row.static++;
      else row.reused++;
    } else if (p.runOptions.testFilter?.length === 0) row.noCoverage++;
    else {
      const tests = p.runOptions.testFilter?.length ?? 0;
      row.toRun++;
      row.tests += tests;
      row.maxTests = Math.max(row.maxTests, tests);
      row.testSeconds += p.netTime / 1000;
    }
  }
  return files;
}

class PlanReporter {
  /** @param {{ mutantPlans: ReadonlyArray<any> }} event */
  onMutationTestingPlanReady(event) {
    const files = summarise(event);
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(files, null, 2)}\n`);
    if (process.env.MUTATION_PLAN_ONLY !== '1') return;
    console.log(
      'file\tmutants\tstatic\treused\tno coverage\tto run\ttests/mutant\tmax\ttest s/mutant',
    );
    for (const [file, r] of Object.entries(files).sort()) {
      const per = (x) => (r.toRun === 0 ? '—' : (x / r.toRun).toFixed(1));
      console.log(
        [
          file,
          r.mutants,
          r.static,
          r.reused,
          r.noCoverage,
          r.toRun,
          per(r.tests),
          r.maxTests,
          per(r.testSeconds),
        ].join('\t'),
      );
    }
    console.log(`plan written to ${OUT}; no mutant run (MUTATION_PLAN_ONLY)`);
    // The plan is all that was asked for: stop before the mutants run (the test runner
    // processes end with their parent).
    process.exit(0);
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, 'mutation-plan', PlanReporter),
];
