/** The mutation report (scripts/mutation/report.ts): tallies, score and the survivors' table. */
import { describe, expect, it } from 'vitest';
import {
  HAND_NOTES,
  renderMutationReport,
  score,
  tally,
  withHandNotes,
  type Mutant,
  type MutantStatus,
} from '../../../scripts/mutation/report.ts';

function mutant(id: string, status: MutantStatus, line = 1, column = 12, end = 20): Mutant {
  return {
    id,
    mutatorName: 'EqualityOperator',
    replacement: 'mo <= 11',
    location: { start: { line, column }, end: { line, column: end } },
    status,
  };
}

const RUN = {
  date: 'd',
  commit: 'c',
  command: 'npm run test:mutation',
  seconds: 90,
  scope: 's',
  workers: 1,
};

describe('mutation report', () => {
  it('scores detected mutants over all valid ones, errors left out', () => {
    const t = tally([
      mutant('1', 'Killed'),
      mutant('2', 'Killed'),
      mutant('3', 'Timeout'),
      mutant('4', 'Survived'),
      mutant('5', 'NoCoverage'),
      mutant('6', 'CompileError'),
      mutant('7', 'Ignored'),
    ]);
    expect(t).toEqual({ killed: 2, timeout: 1, survived: 1, noCoverage: 1, errors: 1 });
    expect(score(t)).toBe(0.6);
    expect(score(tally([]))).toBeNull();
  });

  // Columns are 1-based and the end is exclusive, as in mutation-testing-report-schema.
  it('lists a survivor of a focus file with the code it changed', () => {
    const md = renderMutationReport(
      {
        files: {
          'src/parse/deadlines.ts': {
            source: 'const ok = mo <= 12;\n',
            mutants: [mutant('1', 'Survived'), mutant('2', 'Killed')],
          },
        },
      },
      RUN,
    );
    expect(md).toContain('**Mutation score: 50.0 %**');
    expect(md).toContain(
      '| src/parse/deadlines.ts:1:12 | EqualityOperator | `mo <= 12` | `mo <= 11` | Survived |',
    );
    expect(md).toContain('| src/parse/deadlines.ts | 1 | 0 | 1 | 0 | 50.0 % | 50.0 % |');
  });

  it('says how many workers ran, scores timeouts apart, and names the files not yet run', () => {
    const md = renderMutationReport(
      {
        files: {
          'src/parse/dates.ts': {
            source: 'const ok = mo <= 12;\n',
            mutants: [mutant('1', 'Killed'), mutant('2', 'Timeout'), mutant('3', 'Survived')],
          },
        },
      },
      { ...RUN, notRun: ['src/parse/source.ts', 'src/parse/tasks.ts'] },
    );
    expect(md).toContain('(no database), 1 worker\n');
    expect(md).toContain('Counting kills only, timeouts apart: 33.3 % (src/parse alone: 33.3 %).');
    expect(md).toContain('| src/parse/dates.ts | 1 | 1 | 1 | 0 | 66.7 % | 33.3 % |');
    expect(md).toContain('Not yet measured (2 files): src/parse/source.ts, src/parse/tasks.ts.');
    const two = renderMutationReport(
      { files: {} },
      { date: 'd', commit: 'c', command: 'x', seconds: 1, scope: 's', workers: 2, notRun: [] },
    );
    expect(two).toContain('(no database), 2 workers\n');
    expect(two).toContain('Not yet measured (0 files): none.');
  });
});

describe('hand notes of mutation.md', () => {
  it('keeps the previous file from its marker on, after the new report', () => {
    const previous = `# old report\n\nold table\n\n${HAND_NOTES}\n\n## Equivalent\n- why\n`;
    expect(withHandNotes('# new report\n\nnew table\n', previous)).toBe(
      `# new report\n\nnew table\n\n${HAND_NOTES}\n\n## Equivalent\n- why\n`,
    );
  });

  it('adds the marker alone when there was no file or no marker', () => {
    expect(withHandNotes('# r\n', null)).toBe(`# r\n\n${HAND_NOTES}\n`);
    expect(withHandNotes('# r\n', '# old, no marker\n')).toBe(`# r\n\n${HAND_NOTES}\n`);
  });
});
