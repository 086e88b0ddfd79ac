/**
 * The source an override probably means when it names none: the one file whose path is the
 * override's without its extension (`novo.yaml` for `novo.txt`), differs only in case, or has
 * the same name in another folder (a moved source). Null when no file, or more than one, fits.
 *
 * @example findMeantSource('clippings/novo', new Set(['clippings/novo.txt'])) // 'clippings/novo.txt'
 */
export function findMeantSource(named: string, sourceFiles: ReadonlySet<string>): string | null {
  const key = named.toLowerCase();
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const tests = [
    (file: string) => file.toLowerCase() === key || withoutExtension(file).toLowerCase() === key,
    (file: string) => base(file).toLowerCase() === base(key) || withoutExtension(base(file)).toLowerCase() === base(key),
  ];
  for (const test of tests) {
    const fits = [...sourceFiles].filter(test);
    if (fits.length === 1) return fits[0]!;
    if (fits.length > 1) return null;
  }
  return null;
}

function withoutExtension(path: string): string {
  return path.replace(/\.[^./]+$/, '');
}
