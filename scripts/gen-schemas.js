// Writes schemas/*.schema.json from the zod file-format schemas in src/core/model/schemas.ts (`node scripts/gen-schemas.js`).
// The unit test test/unit/core/model/schemas.test.ts fails when these files are out of date.
const fs = require('fs');
const path = require('path');
require('esbuild-register/dist/node').register();
const { jsonSchemaFiles } = require('../src/core/model/schemas.ts');

const outDir = path.join(__dirname, '..', 'schemas');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  fs.writeFileSync(path.join(outDir, name), text);
  console.log(`wrote schemas/${name}`);
}
