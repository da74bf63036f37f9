// Paths as the user should see them: relative to the folder they work in (the CLI's cwd, the editor's workspace
// folder), in output and inside diagnostic messages.
import * as path from 'path';

/** A path relative to root when inside it, else as given. */
export function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** A diagnostic message with absolute paths under root shown relative. */
export function displayMessage(message: string, root: string): string {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return message.split(prefix).join('');
}
