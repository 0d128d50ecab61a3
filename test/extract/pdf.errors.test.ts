import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/extract/errors.js';
import { readPdf } from '../../src/extract/readers/pdf.js';
import { writePdf } from '../fixtures/pdf/writePdf.js';

const page = { texts: [{ x: 56, y: 80, text: 'Minutes of the Police and Crime Panel', size: 12 }] };

async function failure(bytes: Uint8Array, filename = 'minutes.pdf'): Promise<ExtractError> {
  const error = await readPdf(bytes, filename).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractError);
  const extractError = error as ExtractError;
  expect(extractError.file).toBe(filename);
  expect(extractError.message).toContain(filename);
  return extractError;
}

describe('readPdf on input it cannot read', () => {
  it('says an empty file is empty', async () => {
    const error = await failure(new Uint8Array(0));
    expect(error.problem).toBe('empty');
  });

  it('says a file that is not a PDF is not one, and what to do', async () => {
    const error = await failure(new TextEncoder().encode('Minutes of the meeting\n1. Apologies\n'));
    expect(error.problem).toBe('corrupt');
    expect(error.message).toMatch(/not really a PDF/);
    expect(error.message).toMatch(/save it again/i);
  });

  it('says a damaged PDF is damaged', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));
    const error = await failure(bytes);
    expect(error.problem).toBe('corrupt');
  });

  it('says a truncated PDF is damaged', async () => {
    const whole = writePdf([page]);
    const error = await failure(whole.subarray(0, 200));
    expect(error.problem).toBe('corrupt');
  });

  it('says a password-protected PDF needs its password removed', async () => {
    const error = await failure(writePdf([page], { password: 'secret' }));
    expect(error.problem).toBe('password protected');
    expect(error.message).toMatch(/password/i);
  });

  it('says a PDF without a text layer looks scanned and needs OCR', async () => {
    const error = await failure(writePdf([{ texts: [], image: true }, { texts: [], image: true }]));
    expect(error.problem).toBe('no text layer');
    expect(error.message).toMatch(/scanned/);
    expect(error.message).toMatch(/OCR/);
  });

  it('reads the text pages of a partly scanned PDF and warns about the rest', async () => {
    const result = await readPdf(writePdf([page, { texts: [], image: true }]), 'minutes.pdf');
    expect(result.blocks.map((b) => ('text' in b ? b.text : ''))).toContain('Minutes of the Police and Crime Panel');
    expect(result.warnings.join('\n')).toMatch(/page 2.*OCR/);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = writePdf([page]);
    const copy = bytes.slice();
    await readPdf(bytes, 'minutes.pdf');
    expect(bytes).toEqual(copy);
  });
});
