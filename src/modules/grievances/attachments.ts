// Files a complainant attaches: a few, small, and only kinds a browser shows safely, told by their bytes
// (a name or a declared type can lie).
import { DomainError } from '../shared/domain-error.ts';

export const ATTACHMENT_LIMITS = { files: 3, fileBytes: 5 * 1024 * 1024, totalBytes: 10 * 1024 * 1024 } as const;

export interface AttachmentInput {
  fileName: string;
  bytes: Uint8Array;
}

const SIGNATURES: readonly { type: string; magic: readonly number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The media type the bytes are, or null for any other kind. */
export function sniff(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.type ?? null;
}

/** The name as shown: no folders, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  return (clean || 'attachment').slice(-120);
}

export function checkAttachment(file: AttachmentInput): { fileName: string; mediaType: string; size: number; bytes: Uint8Array } {
  const fileName = safeFileName(file.fileName);
  if (file.bytes.length === 0) throw new DomainError('grievance.attachment-empty', { file: fileName });
  if (file.bytes.length > ATTACHMENT_LIMITS.fileBytes) {
    throw new DomainError('grievance.attachment-large', { file: fileName, max: ATTACHMENT_LIMITS.fileBytes / 1024 / 1024 });
  }
  const mediaType = sniff(file.bytes);
  if (mediaType === null) throw new DomainError('grievance.attachment-type', { file: fileName });
  return { fileName, mediaType, size: file.bytes.length, bytes: file.bytes };
}
