import { describe, expect, it } from 'vitest';
import { explicitLabel } from './explicit-label';

describe('explicitLabel', () => {
  it.each([
    ['PP1 Recalling its resolution 70/125,', 'preambular', 'PP1', 'Recalling its resolution 70/125,'],
    ['PP 2. Recognizing the role of the Forum,', 'preambular', 'PP2', 'Recognizing the role of the Forum,'],
    ['OP1. Decides to extend the mandate;', 'operative', '1', 'Decides to extend the mandate;'],
    ['OP 12: Requests the Secretary-General to report;', 'operative', '12', 'Requests the Secretary-General to report;'],
    ['OP12 bis. Invites all stakeholders;', 'operative', '12bis', 'Invites all stakeholders;'],
    ['OP3quat. “Welcomes” the report;', 'operative', '3quat', '“Welcomes” the report;'],
  ])('%j is %s %s', (text, kind, label, rest) => {
    expect(explicitLabel(text)).toMatchObject({ kind, label, rest });
  });

  it.each([
    'PP3 of the draft was deleted.', // a reference in running text: no capital after the label
    'OP12 and OP13 were merged.',
    'Op. 12 Decides', // not the upper-case label
    'PPP1 Recalling',
    'OP1234. Decides',
    'Recalling PP1,',
    '',
  ])('%j is no label', (text) => {
    expect(explicitLabel(text)).toBeNull();
  });
});
