import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Imports flow one way: dataset <- extract <- cli; dataset <- api <- features <- app.
  {
    files: ['src/extract/**', 'src/dataset/**', 'src/ledger/**'],
    rules: restrict(
      [
        'node:*',
        'fs',
        'path',
        'react',
        'react-dom',
        'echarts',
        'echarts/*',
        'echarts-for-react*',
        '**/app/**',
        '**/features/**',
        '**/cli/**',
      ],
      'The extractor, the schema and the ledger are pure: no Node, DOM framework or app imports.',
    ),
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**', 'src/api/**'],
    rules: restrict(
      ['node:*', 'fs', 'path', '**/cli/**'],
      'The app never imports Node APIs or the CLI.',
    ),
  },
);
