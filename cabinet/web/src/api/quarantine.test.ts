import { describe, expect, it } from 'vitest';
import { readableBody } from './quarantine';

describe('readableBody', () => {
  it('indents a JSON document so its fields can be read one per line', () => {
    expect(readableBody('{"type":"sale","payload":{"total":100}}')).toBe(
      '{\n  "type": "sale",\n  "payload": {\n    "total": 100\n  }\n}',
    );
  });
  it('shows a body that is not JSON (cut, or garbage) exactly as it came', () => {
    expect(readableBody('{"type":"sa…')).toBe('{"type":"sa…');
    expect(readableBody('\uFFFD\uFFFD')).toBe('\uFFFD\uFFFD');
  });
});
