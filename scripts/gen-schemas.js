// Writes schemas/*.schema.json from the zod file-format schemas in src/core/model/schemas.ts and the `.waveplan.json`
// schema from src/core/config (`node scripts/gen-schemas.js`). The unit tests test/unit/core/model/schemas.test.ts
// and test/unit/core/config/jsonSchema.test.ts fail when these files are out of date.
const fs = require('fs');
const path = require('path');
require('esbuild-register/dist/node').register();
const { jsonSchemaFiles } = require('../src/core/model/schemas.ts');
const {
  PROJECT_CONFIG_SCHEMA_FILE,
  projectConfigJsonSchemaText,
  settingDescriptionsOf,
} = require('../src/core/config/jsonSchema.ts');

const outDir = path.join(__dirname, '..', 'schemas');
fs.mkdirSync(outDir, { recursive: true });
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
const files = {
  ...jsonSchemaFiles(),
  [PROJECT_CONFIG_SCHEMA_FILE]: projectConfigJsonSchemaText(settingDescriptionsOf(pkg)),
};
for (const [name, text] of Object.entries(files)) {
  fs.writeFileSync(path.join(outDir, name), text);
  console.log(`wrote schemas/${name}`);
}
