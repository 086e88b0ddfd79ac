import { describe, expect, test } from 'vitest';
import { extractRows } from '../../testing/test-sentence.ts';

describe('user metric', () => {
  test.each([
    ['en', 'The models have been downloaded over 300 million times globally.', [['user_metric', 300000000, 'count']]],
    ['en', 'The 88VIP program, now with over 50 million members, is a testament.', [['user_metric', 50000000, 'count']]],
    ['en', 'Tesla delivered 497,099 vehicles in the third quarter.', [['user_metric', 497099, 'count']]],
    ['en', 'Combined monthly active users of Weixin and WeChat: 1.41 billion', [['user_metric', 1410000000, 'count']]],
    ['en', 'These include the 235-billion-parameter Qwen3-235B-A22B.', []],
    ['de', 'Die Qwen-Modelle haben über 600 Millionen Downloads erreicht.', [['user_metric', 600000000, 'count']]],
    ['de', 'Laut Unterlagen wurden rund 2,28 Millionen Restricted Share Units ausgegeben.', [['user_metric', 2280000, 'count']]],
    ['de', '53 Milliarden für die KI-Offensive', []],
    ['en', 'Subscriber additions: 7 million in total.', [['user_metric', 7000000, 'count']]],
    ['en', 'Q3 vehicle delivery guidance: 113,000 to 118,000 units.', [['user_metric', 113000, 'count'], ['user_metric', 118000, 'count']]],
    ['en', 'Analysts had expected 4.8 million, made up of 600,000 in the US and 4.2 million abroad.', [['user_metric', 4800000, 'count'], ['user_metric', 600000, 'count'], ['user_metric', 4200000, 'count']]],
    ['en', 'Deliveries rose in 2024.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(extractRows(text, lang)).toEqual(expected);
  });
});
