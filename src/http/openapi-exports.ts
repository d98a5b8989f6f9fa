// The open data routes of the OpenAPI description: an office's published charter as CPSV-AP 3.2 JSON-LD,
// CSV and XLSX, and the national services CSV. Public, and only what the charter page shows.
import { PUBLIC, errors, idParam } from './openapi-parts.ts';

const officeId = idParam('id', 'The office id.');
const csv = { 'text/csv': { schema: { type: 'string' } } };

export const EXPORT_PATHS = {
  '/api/offices/{id}/charter.jsonld': {
    get: {
      operationId: 'getCharterCpsvAp',
      summary: "The office's published charter as CPSV-AP 3.2 JSON-LD",
      description:
        'One `cpsv:PublicService` per service, the office as `cv:PublicOrganisation` with its BBS geocode as a `dct:Location`, channels, costs in BDT and documents as `cv:Evidence`. The `@context` is inline, so it expands offline. The time limit in working days is `urn:protishruti:vocab:workingDays` (CPSV-AP has only a calendar duration). Conforms to the CPSV-AP 3.2.0 SHACL shapes.',
      tags: ['charters'],
      security: PUBLIC,
      parameters: [officeId],
      responses: {
        '200': {
          description: 'JSON-LD.',
          content: {
            'application/ld+json': {
              schema: {
                type: 'object',
                required: ['@context', '@graph'],
                properties: { '@context': { type: 'object' }, '@graph': { type: 'array', items: { type: 'object' } } },
              },
            },
          },
        },
        ...errors(404),
      },
    },
  },
  '/api/offices/{id}/charter.csv': {
    get: {
      operationId: 'getCharterCsv',
      summary: "The office's published services as CSV",
      description:
        'UTF-8 with a BOM, one row per service, Bangla headers in the order of the official format: serial, group, name, channels, documents, fee, payment, time limit, responsible officer, superior officer.',
      tags: ['charters'],
      security: PUBLIC,
      parameters: [officeId],
      responses: { '200': { description: 'CSV.', content: csv }, ...errors(404) },
    },
  },
  '/api/offices/{id}/charter.xlsx': {
    get: {
      operationId: 'getCharterXlsx',
      summary: "The office's published services as an Excel workbook",
      description: 'The same columns as the CSV, in one sheet.',
      tags: ['charters'],
      security: PUBLIC,
      parameters: [officeId],
      responses: {
        '200': {
          description: 'XLSX.',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
        ...errors(404),
      },
    },
  },
  '/api/exports/services.csv': {
    get: {
      operationId: 'getNationalServicesCsv',
      summary: 'Every published service of every office, as one CSV',
      description:
        "Streamed as it is read. The office's id, name and BBS codes, then the columns of the office CSV, then the service's address on its charter page.",
      tags: ['charters'],
      security: PUBLIC,
      responses: { '200': { description: 'CSV.', content: csv }, ...errors(404) },
    },
  },
};
