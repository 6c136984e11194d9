import { describe, expect, it } from 'vitest';
import { parseReport } from './bench-server-messages.js';

describe("a bench page's report that it is interactive", () => {
  it('is read with its time and the size of the page', () => {
    const body = JSON.stringify({ interactiveAt: 951.5, width: 1280, height: 800 });
    expect(parseReport(body)).toEqual({ interactiveAt: 951.5, width: 1280, height: 800 });
  });

  it('is refused when a figure is missing, not a number or not finite', () => {
    expect(parseReport(JSON.stringify({ interactiveAt: 951.5, width: 1280 }))).toBeNull();
    expect(parseReport(JSON.stringify({ interactiveAt: '951', width: 1280, height: 800 }))).toBeNull();
    expect(parseReport('{"interactiveAt":1e999,"width":1280,"height":800}')).toBeNull();
  });

  it('is refused when the body is not JSON or not an object', () => {
    expect(parseReport('951.5')).toBeNull();
    expect(parseReport('null')).toBeNull();
    expect(parseReport('{"interactiveAt":')).toBeNull();
  });
});
