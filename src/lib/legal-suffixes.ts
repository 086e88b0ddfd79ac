/**
 * The words that end a company's name: its legal form ("Siemens AG", "Apple Inc.") and the group
 * words that are part of many names without being a legal form ("Alibaba Group Holding").
 * Declared once; company discovery, company ids and the metrics stage's name matcher derive their
 * patterns from these lists.
 *
 * Environment-neutral.
 */
import { escapeRegExp } from './escape-reg-exp.ts';

/** Legal forms, as printed: a capitalised name run followed by one is a company. */
export const legalForms = ['Inc.', 'Incorporated', 'Corp.', 'Corporation', 'Co.', 'Company', 'Ltd.', 'Limited', 'LLC', 'plc', 'PLC', 'Plc', 'AG', 'Aktiengesellschaft', 'SE', '& Co. KGaA', 'KGaA', 'GmbH', 'N.V.', 'S.A.'] as const;

/** Words that often end a company's name but are no evidence that it is one. */
export const groupWords = ['Group', 'Holding', 'Holdings'] as const;

// Longest first, so "& Co. KGaA" wins over "KGaA" and "Corporation" over "Corp.".
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/**
 * A regular-expression source matching one legal form as printed (dots included, case as
 * written), not followed by a letter.
 *
 * @example new RegExp(`Siemens ${legalFormSource}`, 'u').test('Siemens AG') // true
 */
export const legalFormSource = `(?:${longestFirst(legalForms).map(escapeRegExp).join('|')})(?![\\p{L}])`;

/**
 * Matches one legal form or group word at the end of a name, with the separator before it; case
 * and the dots of abbreviations ("N.V.", "NV", "inc") do not matter.
 *
 * @example 'Apple Inc.'.replace(nameTail, '') // 'Apple'
 */
export const nameTail = new RegExp(`[\\s,]+(?:${longestFirst([...legalForms, ...groupWords]).map((word) => escapeRegExp(word).replace(/\\\./g, '\\.?')).join('|')})$`, 'i');
