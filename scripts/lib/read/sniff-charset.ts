// `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const metaCharset = /<meta\b[^>]{0,200}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/**
 * The character encoding a saved web page declares in its first 1024 bytes, as the HTML
 * standard's prescan reads it, or null when it declares none.
 *
 * @example sniffCharset(new TextEncoder().encode('<meta charset="iso-8859-1">')) // 'iso-8859-1'
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  // Every charset declaration is ASCII, so any single-byte reading of the prefix finds it.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return metaCharset.exec(head)?.[1]?.toLowerCase() ?? null;
}
