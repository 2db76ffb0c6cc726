import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** src/ is the framework-free core: it runs in the worker, in Node and in tests. */
const coreBoundary = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-*', 'react/*'], message: 'src/ is framework-free: no React.' },
        {
          group: ['d3-selection', 'd3-drag', 'd3', 'katex', 'zustand'],
          message: 'src/ must not touch the DOM or UI state.',
        },
        {
          group: ['**/app/**', '../app/*', '../../app/*'],
          message: 'src/ never imports from app/.',
        },
      ],
    },
  ],
  'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded RNG in src/math/rng.ts.' },
  ],
};

const workerFile = {
  group: ['**/src/worker/*.worker*'],
  message: 'Only app/engine/engine.ts creates the worker (with new URL, never an import).',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.tmp',
      '**/*.mdx',
      // AssemblyScript (v128, f32, usize...): compiled by scripts/build-kernels.mjs, not tsc
      'src/math/wasm/assembly',
      'src/math/wasm/*.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...coreBoundary,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: coreBoundary,
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [workerFile] }],
    },
  },
  {
    // The worker boundary: widgets reach the engine through app/engine/ (tests may look inside).
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/engine/**', 'app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            workerFile,
            {
              group: ['**/src/worker/**'],
              message:
                'Only app/engine/ imports src/worker/: take hooks, types and limits from app/engine/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', '*.config.{js,ts}', 'src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/sw-template.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
