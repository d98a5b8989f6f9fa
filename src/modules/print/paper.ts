// The paper a charter is printed on: A4 or A3, portrait or landscape (A4 landscape unless asked).
import { z } from 'zod';

export const PAPER_SIZES = ['a4', 'a3'] as const;
export const ORIENTATIONS = ['landscape', 'portrait'] as const;

const paperSchema = z.object({
  size: z.enum(PAPER_SIZES).catch('a4'),
  orientation: z.enum(ORIENTATIONS).catch('landscape'),
});

export type Paper = z.infer<typeof paperSchema>;

/** The paper from `?size=&orientation=`; a value that is not one of ours falls back to the default, so a print link never fails. */
export function paperOf(query: { size?: string | undefined; orientation?: string | undefined }): Paper {
  return paperSchema.parse({ size: query.size?.toLowerCase(), orientation: query.orientation?.toLowerCase() });
}

/** The name of the CSS named page (public/print.css has an @page rule for each). */
export const pageName = (p: Paper): `${Paper['size']}-${Paper['orientation']}` => `${p.size}-${p.orientation}`;

/** The query string of a paper, for links; empty for the default. */
export const paperQuery = (p: Paper) => (p.size === 'a4' && p.orientation === 'landscape' ? '' : `?size=${p.size}&orientation=${p.orientation}`);

export const ALL_PAPERS: readonly Paper[] = PAPER_SIZES.flatMap((size) => ORIENTATIONS.map((orientation) => ({ size, orientation })));
