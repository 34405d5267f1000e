import tseslint from 'typescript-eslint'

/** The kit's style, checked in npm test: small files and functions, no unused code, lines of at most 120 characters. */
export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'reports/**', 'coverage/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      // Prose in strings (a requirement's statement, a report's sentence) reads better whole than cut in pieces.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // A test is a story told whole; its length is its case's.
  { files: ['**/*.test.ts'], rules: { 'max-lines-per-function': 'off' } },
  // Written by a command, never by hand.
  { files: ['src/requirements/page-reads.ts'], rules: { 'max-lines': 'off' } },
  // Loaded only when needed, so that a command that does not need them starts without them.
  {
    files: ['src/cli/commands.ts', 'src/drivers/compose.ts', 'src/run/kit-files.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
