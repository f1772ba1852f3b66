/** Writes `<dir>/返回表` (see returned-folder.js) and returns its path. */
export function makeReturnedFolder(dir: string, options?: { brokenFile?: boolean }): Promise<string>;
