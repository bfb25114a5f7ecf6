import { describe, expect, it } from 'vitest';
import { TYPES } from '../../src/dev/responses.ts';

describe('the content types the preview serves', () => {
  it('include the search index’s WebAssembly and the feeds’ XSL stylesheet, each as a browser applies it', () => {
    expect(TYPES['.wasm']).toBe('application/wasm');
    expect(TYPES['.xsl']).toBe('application/xslt+xml; charset=utf-8');
    expect(TYPES['.xml']).toBe('application/xml; charset=utf-8');
  });
});
