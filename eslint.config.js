// ESLint flat config. typescript-eslint's recommended rules everywhere; on src/ also the two
// type-aware rules that catch real engine bugs (a promise nobody awaits or catches, a promise
// passed where a callback's result is ignored). Formatting is Prettier's job:
// eslint-config-prettier turns off every rule that would fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'bench/node_modules/**',
      'bench/results/**',
      'coverage/**',
      'runs/**',
      '.orchestrator/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A listener built before the object it feeds (the event writer's manifest) keeps a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // ANSI escapes and NUL checks are deliberate in terminal and path code.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
