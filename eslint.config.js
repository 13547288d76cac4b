// Lint: typescript-eslint's recommended type-aware rules, plus `no-explicit-any` as an error
// so module boundaries stay typed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/api/generated/**', 'db/target/**', '.neo4j/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Small files and functions in src/ (generated code is ignored above); blank lines and
    // comments do not count.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // TEMPORARY: being split in branch arch-read / parse-arch
    files: [
      'src/graph/plan.ts',
      'src/graph/write.ts',
      'src/parse/deadlines.ts',
      'src/parse/header.ts',
      'src/parse/index.ts',
      'src/parse/recipients.ts',
      'src/parse/references.ts',
      'src/parse/source.ts',
      'src/parse/targets.ts',
      'src/parse/tasks.ts',
      'src/traverse/cascade/pending.ts',
      'src/traverse/coverage/compute.ts',
    ],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // TEMPORARY: being split in branch arch-read / parse-arch
    files: ['src/traverse/coverage/compute.ts'],
    rules: { 'max-lines': 'off' },
  },
);
