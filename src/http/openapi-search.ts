// The national service search in the OpenAPI description: public, read only, best first.
import { PUBLIC, errors, json, ref } from './openapi-parts.ts';

const code = (name: string, digits: number, description: string) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} A value that is not ${digits} digits is ignored.`,
  schema: { type: 'string', pattern: `^[0-9০-৯]{${digits}}$` },
});

export const SEARCH_TAG = { name: 'search', description: 'The national service search over every published charter.' };

export const SEARCH_PATHS = {
  '/api/search': {
    get: {
      operationId: 'searchServices',
      summary: 'Search the services of every published charter',
      description:
        'Over the latest published edition of every office. Forgives misspelled and variant Bangla spellings (ী/ি, শ/ষ/স, ণ/ন, ড়/র …) and Bangla typed in English letters (`proshikkhon`); a word may also name the office. Best first; an empty query finds nothing. A filter that does not parse is ignored, so a search never fails.',
      tags: ['search'],
      security: PUBLIC,
      parameters: [
        {
          name: 'q',
          in: 'query',
          required: true,
          description: 'Words of the service (or its office), Bangla or English letters.',
          schema: { type: 'string', maxLength: 200 },
        },
        code('division', 2, "The division's BBS code (10 Barishal … 60 Sylhet)."),
        code('district', 2, "The district's BBS code."),
        code('upazila', 4, "The upazila's BBS code (district and upazila)."),
        {
          name: 'level',
          in: 'query',
          required: false,
          description: "The office's level.",
          schema: { type: 'string', enum: ['headquarters', 'division', 'district', 'upazila', 'other'] },
        },
        {
          name: 'category',
          in: 'query',
          required: false,
          description: 'The service group.',
          schema: { type: 'string', enum: ['citizen', 'institutional', 'internal'] },
        },
        { name: 'limit', in: 'query', required: false, description: 'How many results (default 20).', schema: { type: 'integer', minimum: 1, maximum: 50 } },
      ],
      responses: {
        '200': {
          description: 'The services found, best first.',
          content: json({ type: 'object', required: ['results'], properties: { results: { type: 'array', items: ref('SearchResult') } } }),
        },
        // no query is refused; a bad Bearer token is, as on every route
        ...errors(401),
      },
    },
  },
};

export const SEARCH_SCHEMAS = {
  SearchResult: {
    type: 'object',
    required: ['service', 'office', 'url'],
    properties: {
      service: {
        type: 'object',
        required: ['name', 'category', 'serial', 'timeLimit', 'fee'],
        properties: {
          name: { type: 'string' },
          category: { type: 'string', enum: ['citizen', 'institutional', 'internal'] },
          serial: { type: 'integer' },
          timeLimit: ref('TimeLimit'),
          fee: ref('Fee'),
        },
      },
      office: {
        type: 'object',
        required: ['id', 'name', 'nameEn'],
        properties: { id: { type: 'integer' }, name: { type: 'string', description: 'The Bangla name.' }, nameEn: { type: 'string' } },
      },
      url: { type: 'string', description: "The service's row on its office's charter page: `/offices/{id}/charter#service-N`." },
    },
  },
};
