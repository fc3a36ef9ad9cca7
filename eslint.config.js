import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'reports/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules engine stays pure: no Phaser, no DOM, no Node.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'node:*', 'fs', 'path', '../scenes/*', '../scenario/*', '../ai/*', '../cli/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'All randomness comes from the game state\'s generator.' }, { object: 'Date', property: 'now', message: 'The rules never read the clock.' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
