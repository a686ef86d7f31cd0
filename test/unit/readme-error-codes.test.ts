import { readFileSync } from 'node:fs';
import path from 'node:path';
import { errorCodesMarkdown } from '../../src/shared/errors';

const README = path.resolve(__dirname, '..', '..', 'README.md');
const START = '<!-- error-codes -->';
const END = '<!-- /error-codes -->';

describe("README's error-code table", () => {
  it('is the table of error codes in the code (paste `errorCodesMarkdown()` between its markers)', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(start + START.length, end).trim()).toBe(errorCodesMarkdown());
  });
});
