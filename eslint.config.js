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
    // Bot modules play through the public rules API alone (docs/BOTS.md); the bot API's types may come from src/ai/bot.
    files: ['bots/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/*', '!**/src/rules', '!**/src/ai'], message: 'A bot module imports the public rules API (src/rules) only.' },
            { group: ['**/src/rules/*'], message: 'Import the public rules API (src/rules), not its files.' },
            { group: ['**/src/ai', '**/src/ai/*'], allowTypeImports: true, message: 'A bot module may import the bot API\'s types from src/ai, nothing else.' },
            { group: ['node:*', 'fs', 'path'], message: 'A bot module sees only its observations.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'A bot draws from its own generator (context.rng), or its games cannot be replayed.' }, { object: 'Date', property: 'now', message: 'A bot never reads the clock.' }],
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
