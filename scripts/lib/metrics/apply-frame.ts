/**
 * Reads a record's figures through its frame (`read-records.ts`): the label's numbers are no
 * values, a bare value takes the header's unit and scale, and a second column is the previous of
 * the first or a figure of its own period.
 */
import type { RecordFrame } from './read-records.ts';
import type { ScannedNumber } from './types.ts';

/**
 * The figures of a record line.
 *
 * @example applyFrame(findFigures('Revenue (in billions) $4.9 $4.7', 'en'), frame) // one figure: 4.9e9 USD, previous 4.7e9
 */
export function applyFrame(figures: ScannedNumber[], frame: RecordFrame): ScannedNumber[] {
  const values = figures.filter((figure) => figure.start >= frame.valuesFrom).map((figure) => toValue(figure, frame));
  if (frame.cells) return pairCells(values, frame.cells);
  if (frame.pairs && values.length === 2 && values[0]!.unit === values[1]!.unit) return [{ ...values[0]!, previous: values[1]!.value }];
  if (frame.periods && values.length === frame.periods.length) return values.map((figure, index) => ({ ...figure, period: frame.periods![index]! }));
  // A qualifier in the label's brackets tells the row from its neighbours: "(verwässert)", "(ttm)".
  const qualifier = /\(([^)]{2,30})\)/.exec(frame.label)?.[0];
  return qualifier ? values.map((figure) => ({ ...figure, period: figure.period ?? qualifier })) : values;
}

// Each cell that holds a previous value gives it to the figure of the cell before.
function pairCells(values: ScannedNumber[], cells: { starts: number[]; previous: number[] }): ScannedNumber[] {
  const cellOf = (figure: ScannedNumber) => cells.starts.findLastIndex((start) => start <= figure.start);
  const kept: ScannedNumber[] = [];
  for (const figure of values) {
    const last = kept.at(-1);
    if (last && cells.previous.includes(cellOf(figure)) && cellOf(last) === cellOf(figure) - 1) last.previous = figure.value;
    else kept.push({ ...figure });
  }
  return kept;
}

function toValue(figure: ScannedNumber, frame: RecordFrame): ScannedNumber {
  const bare = figure.unit === null || figure.unit === 'count';
  const unit = bare && frame.unit ? frame.unit : figure.unit;
  if (unit === null || unit === '%' || unit === 'pp' || unit === 'x' || figure.scaled || frame.scale === 1) return { ...figure, unit };
  const scale = (value: number) => Number((value * frame.scale).toPrecision(12));
  return { ...figure, unit, scaled: true, value: scale(figure.value), ...(figure.previous !== undefined ? { previous: scale(figure.previous) } : {}) };
}
