// src/core is the pure engine: it must never import the editor API (checked here, not by convention).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SPREAD_CALLS = [
  { selector: "CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint|max|min|concat|apply)$/] > SpreadElement:not([argument.type='ArrayExpression'])", message: 'No spread of an array into a call: it overflows the stack on big inputs. Use appendAll/maxOf/minOf (src/core/model/arrays.ts) or a loop.' },
];
const NAMED_ZOD = { selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']", message: "import * as z from 'zod': the named import pulls every zod locale into the bundle (+400 KB)." };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'media/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/shared/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core, the CLI, shared protocol and the webview must stay free of the vscode API.' }] }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='require'][arguments.0.value='vscode']", message: 'No vscode in pure code.' }, NAMED_ZOD, ...SPREAD_CALLS],
    },
  },
  {
    // Spreading an unbounded array into a call overflows the stack past ~120,000 elements.
    files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', NAMED_ZOD, ...SPREAD_CALLS] },
  },
  {
    files: ['bench/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SPREAD_CALLS] },
  },
  {
    files: ['scripts/**/*.js', 'bench/**/*.js', 'esbuild.js', 'media/**/*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
