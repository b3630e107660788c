// ESLint flat config. Type-aware rules from typescript-eslint, the layer rule (who may import what),
// and Mozilla's no-unsanitized for the extension code. `npm run lint` runs it with the module-cycle check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Glue modules: the only files under utils/ that may touch extension APIs (wxt/browser, storage).
const UTILS_GLUE = [
  'utils/**/*-service.ts',
  'utils/**/*-storage.ts',
  'utils/settings/storage.ts',
  'utils/settings/reader-store.ts',
  'utils/messaging/**',
  'utils/messaging.ts',
];

const upward = (from, patterns, message) => ({ group: patterns.map((p) => p.replace('{from}', from)), message });

const browserApis = upward(
  '',
  ['wxt/browser', 'wxt/utils/storage', 'webextension-polyfill', '@wxt-dev/storage'],
  'Only glue (utils/**/*-service.ts, *-storage.ts, utils/messaging) and entrypoints talk to extension APIs (docs/architecture.md).',
);
const toEntrypoints = upward(
  '',
  ['@/entrypoints/**', '**/entrypoints/**'],
  'Nothing imports from entrypoints/: shared code lives in utils/ or components/.',
);
const toComponents = upward(
  '',
  ['@/components/**', '**/components/**'],
  'utils/ is below components/: move the shared code down into utils/.',
);
const toTests = upward(
  '',
  ['@/tests/**', '**/tests/**'],
  'Shipped code and scripts never import tests/: shared Node helpers live in scripts/lib/.',
);

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

const restrict = (...groups) => ['error', { patterns: groups }];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/**',
      'public/**',
      'coverage/**',
      '**/*.d.ts',
      'tests/fixtures/**',
      'tests/security/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Too noisy for DOM code that reads untyped page data; type safety comes from strict tsc.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Page HTML is hostile: innerHTML and friends only through the sanitizer, in extension code.
  {
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      // sanitizeHtml is the allow-list sanitizer (utils/sanitize): its output is what innerHTML may take.
      'no-unsanitized/method': ['error', { escape: { methods: ['sanitizeHtml'] } }],
      'no-unsanitized/property': ['error', { escape: { methods: ['sanitizeHtml'] } }],
    },
  },
  // The layers (docs/architecture.md): utils <- components <- entrypoints; scripts and tests beside.
  {
    files: ['utils/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': restrict(toEntrypoints, toComponents, toTests, browserApis) },
  },
  { files: UTILS_GLUE, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': restrict(toEntrypoints, toComponents, toTests) } },
  {
    files: ['components/**'],
    ignores: ['**/*.test.tsx', '**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(toEntrypoints, toTests, browserApis) },
  },
  // Each entrypoint may import its own folder, never another entrypoint's.
  ...readdirSync(join(import.meta.dirname, 'entrypoints'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      files: [`entrypoints/${d.name}/**`],
      ignores: TESTS,
      rules: { 'no-restricted-imports': restrict(entry(d.name), toTests) },
    })),
  { files: ['scripts/**'], rules: { 'no-restricted-imports': restrict(toTests) } },
);

/** An entrypoint may import its own folder, never another entrypoint's. */
function entry(name) {
  return {
    group: ['@/entrypoints/**', '**/entrypoints/**', `!@/entrypoints/${name}/**`],
    message: 'No cross-entrypoint imports: shared code lives in utils/ (settings in utils/settings/).',
  };
}
