import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils, qpdf and zbar over a PDF in a temp dir: what a person would see and scan. */
export class PdfFile {
  readonly path: string;

  constructor(
    readonly dir: string,
    name: string,
    readonly bytes: Buffer,
  ) {
    this.path = join(dir, `${name}.pdf`);
    writeFileSync(this.path, bytes);
  }

  text(firstPage?: number, lastPage?: number): string {
    const range = firstPage ? ['-f', String(firstPage), '-l', String(lastPage ?? firstPage)] : [];
    return execFileSync('pdftotext', ['-layout', ...range, this.path, '-'], { encoding: 'utf8' });
  }

  /** The text with all whitespace removed: table cells and wrapped lines read as one string. */
  flatText(firstPage?: number, lastPage?: number): string {
    return this.text(firstPage, lastPage).replace(/\s+/g, '');
  }

  /** Every word with its box on the page (pdftotext -bbox): the layout, to compare two files. */
  wordBoxes(): string[] {
    const html = execFileSync('pdftotext', ['-bbox', this.path, '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word [^>]*>[^<]*<\/word>|<page [^>]*>/g)].map((m) => m[0]);
  }

  /** Text in drawing order: a rotated watermark comes out one character a line, so it reads as a whole once whitespace is dropped. */
  rawFlatText(page?: number): string {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    return execFileSync('pdftotext', ['-raw', ...range, this.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  }

  /** The file with its streams decompressed (qpdf --qdf), to look at drawing operators. */
  uncompressed(): string {
    const out = join(this.dir, `qdf-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', this.path, out]);
    return readFileSync(out, 'latin1');
  }

  pages(): number {
    const info = execFileSync('pdfinfo', [this.path], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  }

  /** pdffonts rows: name, and whether embedded and subset. */
  fonts(): Array<{ name: string; emb: boolean; sub: boolean }> {
    const lines = execFileSync('pdffonts', [this.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return lines.map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type… encoding emb sub uni objectId gen
      const [emb, sub] = cols.slice(-5, -3);
      return { name: cols[0]!, emb: emb === 'yes', sub: sub === 'yes' };
    });
  }

  /** qpdf --check: exit 0 and no errors reported. */
  qpdfCheck(): string {
    return execFileSync('qpdf', ['--check', this.path], { encoding: 'utf8' });
  }

  /** Page `page` at 150 dpi, scanned for QR codes. */
  qrCodes(page = 1): string[] {
    const prefix = join(this.dir, `scan-${page}`);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', this.path, prefix]);
    try {
      return execFileSync('zbarimg', ['--raw', '-q', `${prefix}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .filter(Boolean);
    } catch {
      return [];
    }
  }
}

export class PdfScratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'kedang-pdf-'));
  private count = 0;

  file(bytes: Buffer, name = `doc-${++this.count}`): PdfFile {
    return new PdfFile(this.dir, name, bytes);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
