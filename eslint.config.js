// Lint: typescript-eslint's recommended type-aware rules, plus `no-explicit-any` as an error
// so module boundaries stay typed.
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import { fileURLToPath, URL } from 'node:url';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What git ignores (scratch folders, data, reports) is not linted either.
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
  {
    ignores: [
      'node_modules/**',
      'src/api/generated/**',
      'web/src/generated/**',
      'web/dist/**',
      '.artifacts/**',
      'db/target/**',
      '.neo4j/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
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
    files: ['src/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
