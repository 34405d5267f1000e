/**
 * The layers of the kit, from the bottom: what each folder may import. A folder imports only folders on its own
 * floor or below, so no two folders import each other. Tests may reach across floors to put a case together.
 */
const floors = [
  ['src/requirements'],
  ['src/spec'],
  ['src/contract'],
  ['src/run'],
  ['src/reference'],
  ['src/report'],
  ['src/drivers', 'mocks'],
  ['src/cast'],
  ['steps', 'src/simulate', 'src/fuzz'],
  ['src/explore'],
  ['src/cli'],
  ['src/tools'],
]

const folderPattern = (folders) => `^(${folders.map((folder) => folder.replace('/', '\\/')).join('|')})\\/`
const TESTS = '\\.test\\.ts$'

/** For each floor, the floors above it, which it must not import. */
const upward = floors.slice(0, -1).map((floor, index) => ({
  name: `${floor.join('-').replaceAll('/', '_')}-imports-upward`,
  comment: `${floor.join(', ')} may import only its own floor and those below: ${floors.slice(0, index).flat().join(', ') || 'nothing of the kit'}`,
  severity: 'error',
  from: { path: folderPattern(floor), pathNot: TESTS },
  to: { path: folderPattern(floors.slice(index + 1).flat()) },
}))

/** Folders on one floor stay apart: neither imports the other. */
const sideways = floors
  .filter((floor) => floor.length > 1)
  .flatMap((floor) =>
    floor.map((folder) => ({
      name: `${folder.replaceAll('/', '_')}-imports-sideways`,
      comment: `${folder} does not import ${floor.filter((other) => other !== folder).join(', ')}, on its floor`,
      severity: 'error',
      from: { path: folderPattern([folder]), pathNot: TESTS },
      to: { path: folderPattern(floor.filter((other) => other !== folder)) },
    })),
  )

module.exports = {
  forbidden: [
    ...upward,
    ...sideways,
    {
      name: 'explore-runs-on-the-cast',
      comment: "exploration opens its scenarios and performs its phrases through src/cast, never the step definitions' modules",
      severity: 'error',
      from: { path: '^src/explore/', pathNot: TESTS },
      to: { path: '^steps/' },
    },
    {
      name: 'no-circular',
      comment: 'no module reaches itself through its imports',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { circular: true },
    },
    {
      name: 'every-folder-has-a-floor',
      comment: 'a module of the kit outside every floor is not checked: give its folder a floor',
      severity: 'error',
      from: { path: '^(src|steps|mocks)/', pathNot: `${folderPattern(floors.flat())}|${TESTS}` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|reports|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.cjs', '.mjs', '.js', '.json'] },
  },
}
