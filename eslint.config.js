import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

const NODE_IO = ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'worker_threads'];
const PURE = ['src/extract/**', 'src/dataset/**', 'src/ledger/**'];
// The browser's globals, which a pure module has no business reaching for.
const DOM_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'getComputedStyle',
  'requestAnimationFrame',
  'HTMLElement',
  'Element',
  'Blob',
  'URL',
].map((name) => ({ name, message: 'The extractor, the schema and the ledger are pure: no DOM.' }));

// Read from the tree, so that a new feature is fenced in without anyone remembering to list it.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// bulletproof-react's zones: imports flow dataset <- extract <- cli and
// dataset <- api <- features <- app; shared layers never reach up, features never across.
const zones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature: move the shared piece down, or compose in app/.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature never imports app/: app/ composes features and hands them what they need.',
  },
  {
    target: ['./src/components', './src/lib', './src/api'],
    from: ['./src/features', './src/app'],
    message: 'Shared layers never import features or app/.',
  },
  {
    target: PURE.map((glob) => `./${glob.replace('/**', '')}`),
    from: ['./src/app', './src/features', './src/components', './src/api', './src/cli'],
    message: 'The extractor, the schema and the ledger are pure: no app, UI or CLI imports.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './src/api',
      './src/main.tsx',
    ],
    from: './src/cli',
    message: 'Only the CLI imports the CLI.',
  },
];

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
  {
    files: ['src/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // Without a parser for .ts the plugin cannot read the files an import leads to, and
      // no-cycle then finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
    },
  },
  // Node I/O lives in src/cli only.
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: restrict(NODE_IO, 'Only src/cli does Node I/O.'),
  },
  {
    files: PURE,
    rules: {
      ...restrict(
        [
          ...NODE_IO,
          'react',
          'react-dom',
          'react/*',
          'react-dom/*',
          'echarts',
          'echarts/*',
          'echarts-for-react*',
        ],
        'The extractor, the schema and the ledger are pure: no Node, React or ECharts imports.',
      ),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);
