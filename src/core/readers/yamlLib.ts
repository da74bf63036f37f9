// The `yaml` library, loaded the first time a YAML block or file is met: most plans have none, and loading it
// costs every CLI start and every activation.
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}
