import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Layer rule, mirrored exactly by tests/unit/layers.test.ts (which resolves relative paths). */
const layerRestrictions = {
  shared: ['electron', 'electron/*', '**/electron/**', '**/renderer/**', 'node:*'],
  core: ['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'],
  renderer: ['electron', 'electron/*', '**/electron/**', 'node:*'],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: layerRestrictions.renderer }] },
  },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', { patterns: layerRestrictions.shared }] } },
  { files: ['electron/core/**'], rules: { 'no-restricted-imports': ['error', { patterns: layerRestrictions.core }] } },
);
