// For the tests: a JSON-LD document checked against the CPSV-AP 3.2.0 SHACL shapes with a real validator,
// offline (the shapes are kept in test/standards; a remote context would fail the expansion).
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SHAPES_FILE = new URL('../../../test/standards/cpsv-ap-3.2/cpsv-ap-SHACL.ttl', import.meta.url);
let shapes: Store | null = null;

function shapesStore(): Store {
  shapes ??= new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(SHAPES_FILE, 'utf8')));
  return shapes;
}

/** The document's triples: expanded with no document loader, so only an inline context works. */
export async function toStore(doc: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: (url: string) => Promise.reject(new Error(`offline: would fetch ${url}`)),
  })) as unknown as string;
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
}

export interface ShaclOutcome {
  conforms: boolean;
  messages: string[];
}

export async function validateCpsvAp(doc: object): Promise<ShaclOutcome> {
  const report = await new SHACLValidator(shapesStore()).validate(await toStore(doc));
  return {
    conforms: report.conforms,
    messages: report.results.map(
      (r) => `${r.focusNode?.value ?? '?'} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')} (${r.sourceConstraintComponent?.value ?? ''})`,
    ),
  };
}
