import { describe, expect, test } from 'vitest';
import { trimName } from './trim-name.ts';

describe('trimName', () => {
  test.each([
    ['Die Siemens Energy-Aktie', 'Siemens Energy'],
    ['Rival Etsy', 'Etsy'],
    ['US-Bank JPMorgan', 'JPMorgan'],
    ['Stromkonzern Verbund', 'Verbund'],
    ['Investmenthaus Mainfirst', 'Mainfirst'],
    ['Bankhaus Metzler', 'Bankhaus Metzler'],
    ['Copyright The Jiji Press', 'Jiji Press'],
    ['Bank of Japan Governor Kazuo Ueda', 'Bank of Japan'],
    ['Nestlé N', 'Nestlé'],
    ['Roche-Genussscheine', 'Roche'],
    ["Tesla's Q3 Deliveries", 'Tesla'],
    ['on Friday. Morgan Stanley', 'Morgan Stanley'],
    ['Frankfurt-based Deutsche Bank', 'Deutsche Bank'],
    ['Rolls-Royce', 'Rolls-Royce'],
    ['Coca-Cola', 'Coca-Cola'],
    ['Deutsche Bank-Aktie', 'Deutsche Bank'],
  ])('%s → %s', (raw, name) => expect(trimName(raw)).toBe(name));

  test.each(['Fed-Chef Jerome Powell', 'Chief Executive Georges Elhedery', 'Konzernchef Jensen Huang', 'Several', 'Welche', 'Chipkonzerns', 'AI-driven', 'Alibaba-backed', 'KI-gestützte'])('%s → null', (raw) => {
    expect(trimName(raw)).toBeNull();
  });
});
