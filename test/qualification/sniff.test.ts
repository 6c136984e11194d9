import { describe, expect, it } from 'vitest';
import { sniffEvidence } from '../../shared/model/sniff.js';
import { DOCX, EXE, GIF, JPEG, ODT, OLE2, PDF, PLAIN_ZIP, PNG, WEBP, XLSX, zip } from './files.js';

describe('judging an evidence file by its content', () => {
  it('recognises PDFs and the four image formats whatever they are called', () => {
    expect(sniffEvidence(PDF, 'photo.png')).toBe('application/pdf');
    expect(sniffEvidence(PNG, 'report.pdf')).toBe('image/png');
    expect(sniffEvidence(JPEG, 'x')).toBe('image/jpeg');
    expect(sniffEvidence(GIF, 'x')).toBe('image/gif');
    expect(sniffEvidence(WEBP, 'x')).toBe('image/webp');
  });

  it('tells Word, Excel and OpenDocument files apart by the entries inside the zip', () => {
    expect(sniffEvidence(DOCX, 'a.zip')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffEvidence(XLSX, 'a.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffEvidence(ODT, 'a')).toBe('application/vnd.oasis.opendocument.text');
  });

  it('accepts legacy OLE2 office files and names them by extension only for opening', () => {
    expect(sniffEvidence(OLE2, 'plan.xls')).toBe('application/vnd.ms-excel');
    expect(sniffEvidence(OLE2, 'plan.bin')).toBe('application/x-ole-storage');
  });

  it('refuses programs, plain text, ordinary zips and truncated containers', () => {
    expect(sniffEvidence(EXE, 'report.pdf')).toBeNull();
    expect(sniffEvidence(Buffer.from('hello, world'), 'report.pdf')).toBeNull();
    expect(sniffEvidence(PLAIN_ZIP, 'report.docx')).toBeNull();
    expect(sniffEvidence(DOCX.subarray(0, DOCX.length - 30), 'report.docx')).toBeNull();
    expect(sniffEvidence(zip([['mimetype', 'text/html']]), 'x.odt')).toBeNull();
    expect(sniffEvidence(Buffer.alloc(0), 'x.pdf')).toBeNull();
  });
});
