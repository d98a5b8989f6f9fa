// The charter's address as a QR code, drawn as inline SVG (no image request, allowed by any CSP).
import QRCode from 'qrcode';

/**
 * An SVG QR code of `text`, with the four-module quiet zone the standard asks for. Each dark module is its own
 * square: in a PDF a run of modules drawn as one thin rectangle would look like a table rule to our PDF reader
 * (src/importer/readers/pdf/layout.ts, rulesOf), and a printed charter must still import.
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = modules.size + 2 * quiet;
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  const title = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${side} ${side}" role="img" aria-label="${title}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${squares.join('')}"/></svg>`
  );
}
