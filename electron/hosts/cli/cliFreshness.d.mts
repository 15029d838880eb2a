/** The bundled CLI's path (`ROOT/dist-cli/glossa.mjs`) if it is newer than package.json and every CLI source, else null. */
export function freshCliBundle(root: string): string | null;
