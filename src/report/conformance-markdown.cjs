// cucumber loads formatters with import(); this shim loads the formatter compiled, or as TypeScript through ts-node.
module.exports = require('../run/kit-module.cjs').loadKitModule('src/report/conformance.formatter').conformanceMarkdown
