// ESLint for the whole tree (`npm run lint`, each project's `lint` target): typescript-eslint with type information,
// React's hook rules in the console, Nx's module boundaries from the projects' tags, and Prettier's say on layout.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The services the platform runs (each subgraph and the gateway): every app with an entry point of its own but the
// platform, found on disk so that a subgraph added to the registry needs no line here.
const APPS = join(import.meta.dirname, 'apps');
const PLATFORM_SERVICES = readdirSync(APPS).filter(
  (app) => app !== 'platform' && existsSync(join(APPS, app, 'src', 'main.ts')),
);

export default tseslint.config(
  {
    // Generated code (GraphQL Code Generator, builds) and configuration files outside every tsconfig.
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'tmp/**',
      'coverage/**',
      '.nx/**',
      '.data/**',
      '**/gql/**',
      '**/jest.config.ts',
      '*.{js,mjs,cjs,ts}',
      '**/*.mts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused bindings are errors, but a leading underscore says "deliberately unused" (a tuple's first element...).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Express handlers and React's event props take async functions by design; a floating promise is still an error.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      // Apollo Server's plugin hooks are async by their type (a Promise is what it awaits) even when a hook awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // GraphQL hands codes and stages over as strings: comparing them with the domain's string enums is the point.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A form field read with FormData.get is text here (the import page reads its file apart), so File is left out.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'File'] },
      ],
    },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.stringContaining ...) are typed `any` inside expected objects.
    files: ['**/*.{spec,test}.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // Imported lazily by design in the platform's traced query: only once tracing has started.
          checkDynamicDependenciesExceptions: ['@laa/identity'],
          allow: [],
          // A subgraph's integration tests start the whole region (`@laa/platform/testing`), and the platform runs the
          // subgraphs: a cycle through test files only. Moving those tests into the platform would remove it.
          ignoredCircularDependencies: PLATFORM_SERVICES.map((app) => ['platform', app]),
          depConstraints: [
            // A library never imports an application; tools (scripts, benchmarks, the soak) may import anything.
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:app'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:app'] },
            // The console runs in the browser: only libs/domain's plain vocabularies reach it.
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  prettier,
);
