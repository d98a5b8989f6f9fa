// The print view's and the PDF's texts in English, key for key with print.bn.ts.
import type { printBn } from './print.bn.ts';

export const printEn: Record<keyof typeof printBn, string> = {
  'print.button': 'Print',
  'print.pdf': 'Download PDF',
  'print.ready': 'Ready to print on {paper}. Use the button below or your browser’s Print (Ctrl+P).',
  'print.paper': 'Paper',
  'print.paper.a4-landscape': 'A4 landscape',
  'print.paper.a4-portrait': 'A4 portrait',
  'print.paper.a3-landscape': 'A3 landscape',
  'print.paper.a3-portrait': 'A3 portrait',
  'print.qr': 'Scan to read this charter online and to file a grievance: {url}',
  'print.qr.caption': 'Scan to read online and file a grievance',
  'print.page': 'Page',
  'error.print.unavailable': 'PDFs cannot be made on this server (no Chromium). Open the print version and print it, or save it as PDF, from your browser.',
};
