// cucumber loads formatters with import(); this shim lets the TypeScript formatter load through ts-node.
require('ts-node/register')
module.exports = require('./conformance.formatter.ts').conformanceHtml
