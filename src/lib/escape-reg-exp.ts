/**
 * Escapes a literal for use inside a RegExp.
 *
 * @example escapeRegExp('Sanford C. Bernstein') // 'Sanford C\\. Bernstein'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
