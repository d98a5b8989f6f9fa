// The JSON API described as OpenAPI 3.1, served at /api/openapi.json and linted in the tests with
// @redocly/cli's recommended rules. Public routes declare `security: []`; a route that answers everyone but
// shows more to the signed-in declares both.
import { EITHER, PUBLIC, SIGNED_IN, errors, idParam, json, ref } from './openapi-parts.ts';
import { GRIEVANCE_PATHS, GRIEVANCE_SCHEMAS } from './openapi-grievances.ts';
import { SEARCH_PATHS, SEARCH_SCHEMAS, SEARCH_TAG } from './openapi-search.ts';
import { EXPORT_PATHS } from './openapi-exports.ts';

const officeId = idParam('id', 'The office id.');
const editionId = idParam('id', 'The edition id.');
const serviceId = idParam('serviceId', 'The service row id in this edition.');

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Protishruti API',
    version: '0.1.0',
    summary: "Citizen's charters of government offices in Bangladesh.",
    description:
      'The published charters of every office, and for signed-in officials the editing, review and publication of editions. Errors are `{"error": {"code", "message", "fields"}}`, the message in the request\'s language (`?lang=en`, default Bangla).',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/', description: 'This server.' }],
  tags: [
    { name: 'offices', description: 'The office tree.' },
    { name: 'charters', description: 'Published charters, for everyone.' },
    { name: 'editions', description: 'Editions of a charter: drafts, review, publication, differences.' },
    { name: 'templates', description: "The headquarters' standard services, and reviewing their changes." },
    { name: 'grievances', description: 'Filing and following a grievance (no sign-in), and handling it (officers).' },
    SEARCH_TAG,
  ],
  security: SIGNED_IN,
  paths: {
    '/api/offices': {
      get: {
        operationId: 'listOffices',
        summary: 'List or search offices',
        tags: ['offices'],
        security: PUBLIC,
        parameters: [
          { name: 'q', in: 'query', required: false, description: 'Words of the name, Bangla or English.', schema: { type: 'string', maxLength: 100 } },
        ],
        responses: {
          '200': {
            description: 'The offices.',
            content: json({ type: 'object', required: ['offices'], properties: { offices: { type: 'array', items: ref('Office') } } }),
          },
          ...errors(400),
        },
      },
    },
    '/api/offices/{id}': {
      get: {
        operationId: 'getOffice',
        summary: 'One office',
        tags: ['offices'],
        security: PUBLIC,
        parameters: [officeId],
        responses: { '200': { description: 'The office.', content: json(ref('Office')) }, ...errors(404) },
      },
    },
    '/api/offices/{id}/charter': {
      get: {
        operationId: 'getCharter',
        summary: "The office's current published charter",
        tags: ['charters'],
        security: PUBLIC,
        parameters: [officeId],
        responses: { '200': { description: 'The charter, without import findings.', content: json(ref('PublicCharter')) }, ...errors(404) },
      },
    },
    '/api/offices/{id}/editions': {
      get: {
        operationId: 'listEditions',
        summary: "The office's editions, newest first",
        description: 'Everyone sees the published editions; those who may read drafts see all.',
        tags: ['editions'],
        security: EITHER,
        parameters: [officeId],
        responses: {
          '200': {
            description: 'The editions.',
            content: json({ type: 'object', required: ['editions'], properties: { editions: { type: 'array', items: ref('EditionSummary') } } }),
          },
          ...errors(401, 404),
        },
      },
      post: {
        operationId: 'createEdition',
        summary: 'Start a new draft',
        description: 'A copy of the published edition when there is one, else empty. Refused while another edition is open.',
        tags: ['editions'],
        parameters: [officeId],
        responses: {
          '201': {
            description: 'The new draft.',
            content: json({ type: 'object', required: ['id', 'basedOnId'], properties: { id: { type: 'integer' }, basedOnId: { type: ['integer', 'null'] } } }),
          },
          ...errors(401, 403, 404, 409),
        },
      },
    },
    '/api/editions/{id}': {
      get: {
        operationId: 'getEdition',
        summary: 'One edition, with its service ids',
        description: 'A published edition for everyone; an unpublished one only for those who may read drafts (else 404).',
        tags: ['editions'],
        security: EITHER,
        parameters: [editionId],
        responses: { '200': { description: 'The edition.', content: json(ref('Edition')) }, ...errors(401, 404) },
      },
      patch: {
        operationId: 'updateEdition',
        summary: "Change a draft's own fields",
        tags: ['editions'],
        parameters: [editionId],
        requestBody: { required: true, content: json(ref('EditionPatch')) },
        responses: { '200': { description: 'The edition after the change.', content: json(ref('Edition')) }, ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/api/editions/{id}/services': {
      post: {
        operationId: 'addService',
        summary: 'Add a service to a draft',
        tags: ['editions'],
        parameters: [editionId],
        requestBody: { required: true, content: json(ref('ServiceInput')) },
        responses: {
          '201': { description: 'The service, and the findings of the edition.', content: json(ref('ServiceAnswer')) },
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    '/api/editions/{id}/services/{serviceId}': {
      patch: {
        operationId: 'updateService',
        summary: 'Change fields of a service',
        description: 'Only the fields given change (`{"name": "…"}`).',
        tags: ['editions'],
        parameters: [editionId, serviceId],
        requestBody: { required: true, content: json(ref('ServicePatch')) },
        responses: {
          '200': { description: 'The service, and the findings of the edition.', content: json(ref('ServiceAnswer')) },
          ...errors(400, 401, 403, 404, 409),
        },
      },
      delete: {
        operationId: 'deleteService',
        summary: 'Remove a service from a draft',
        tags: ['editions'],
        parameters: [editionId, serviceId],
        responses: { '204': { description: 'Removed.' }, ...errors(401, 403, 404, 409) },
      },
    },
    '/api/editions/{id}/grievance-steps': {
      put: {
        operationId: 'replaceGrievanceSteps',
        summary: "Replace a draft's grievance steps",
        description:
          'The whole list: the steps are sorted by `order` (a step without one keeps its place) and numbered 1, 2, 3. A contact `{"postId": n}` is a post of the office or of an office above; a person is kept as written.',
        tags: ['editions'],
        parameters: [editionId],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['steps'],
            additionalProperties: false,
            properties: { steps: { type: 'array', maxItems: 20, items: ref('GrievanceStepInput') } },
          }),
        },
        responses: { '200': { description: 'The edition after the change.', content: json(ref('Edition')) }, ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/api/editions/{id}/submit': {
      post: {
        operationId: 'submitEdition',
        summary: 'Submit a draft to the office above',
        tags: ['editions'],
        parameters: [editionId],
        responses: { '200': { description: 'The new status.', content: json(ref('Status')) }, ...errors(401, 403, 404, 409) },
      },
    },
    '/api/editions/{id}/comments': {
      post: {
        operationId: 'addComment',
        summary: 'Comment on an edition, a service or a field',
        description: 'From the reviewer on a submitted edition this asks for changes; from the editor it answers.',
        tags: ['editions'],
        parameters: [editionId],
        requestBody: { required: true, content: json(ref('CommentInput')) },
        responses: {
          '201': {
            description: 'The comment and the status.',
            content: json({ type: 'object', required: ['comment', 'status'], properties: { comment: ref('Comment'), status: ref('EditionStatus') } }),
          },
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    '/api/editions/{id}/approve': {
      post: {
        operationId: 'approveEdition',
        summary: 'Approve a submitted edition (the reviewer above; never the submitter)',
        tags: ['editions'],
        parameters: [editionId],
        responses: { '200': { description: 'The new status.', content: json(ref('Status')) }, ...errors(401, 403, 404, 409) },
      },
    },
    '/api/editions/{id}/publish': {
      post: {
        operationId: 'publishEdition',
        summary: 'Publish an approved edition (the head of the office)',
        description: 'With errors only with `{"override": "reason"}`; without one the answer is 409 with the errors listed.',
        tags: ['editions'],
        parameters: [editionId],
        requestBody: {
          required: false,
          content: json({ type: 'object', properties: { override: { type: 'string', maxLength: 2000 } }, additionalProperties: false }),
        },
        responses: {
          '200': {
            description: 'Published.',
            content: json({
              type: 'object',
              required: ['status', 'knownProblems'],
              properties: { status: { const: 'published' }, knownProblems: { type: 'integer' } },
            }),
          },
          ...errors(401, 403, 404, 409),
        },
      },
    },
    '/api/editions/{a}/diff/{b}': {
      get: {
        operationId: 'diffEditions',
        summary: 'What changed from edition a to edition b',
        tags: ['editions'],
        security: EITHER,
        parameters: [idParam('a', 'The earlier edition.'), idParam('b', 'The later edition.')],
        responses: { '200': { description: 'Only what changed.', content: json(ref('Diff')) }, ...errors(400, 401, 404) },
      },
    },
    '/api/offices/{id}/template': {
      get: {
        operationId: 'listTemplate',
        summary: "The headquarters' standard services for this office's tree",
        tags: ['templates'],
        security: PUBLIC,
        parameters: [officeId],
        responses: {
          '200': {
            description: 'The standard services.',
            content: json({ type: 'object', required: ['services'], properties: { services: { type: 'array', items: ref('TemplateService') } } }),
          },
          ...errors(404),
        },
      },
      post: {
        operationId: 'addTemplateService',
        summary: 'Add a standard service (an administrator of headquarters)',
        tags: ['templates'],
        parameters: [officeId],
        requestBody: { required: true, content: json(ref('TemplateValues')) },
        responses: { '201': { description: 'Added.', content: json(ref('TemplateSaved')) }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/offices/{id}/template/{serviceId}': {
      patch: {
        operationId: 'changeTemplateService',
        summary: 'Change a standard service',
        description: 'A new version only when what it promises changes; a cosmetic edit (spacing, spelling) keeps the version.',
        tags: ['templates'],
        parameters: [officeId, idParam('serviceId', 'The standard service id.')],
        requestBody: { required: true, content: json(ref('TemplateValues')) },
        responses: { '200': { description: 'Saved.', content: json(ref('TemplateSaved')) }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/editions/{id}/template-reviews': {
      get: {
        operationId: 'listTemplateReviews',
        summary: 'Services whose standard service changed since the office localised it',
        tags: ['templates'],
        security: EITHER,
        parameters: [editionId],
        responses: {
          '200': {
            description: 'The changes to review.',
            content: json({ type: 'object', required: ['reviews'], properties: { reviews: { type: 'array', items: ref('TemplateReview') } } }),
          },
          ...errors(401, 404),
        },
      },
    },
    '/api/editions/{id}/services/{serviceId}/template': {
      post: {
        operationId: 'answerTemplateReview',
        summary: "Accept the template's change into the service, or keep the office's own",
        tags: ['templates'],
        parameters: [editionId, serviceId],
        requestBody: {
          required: true,
          content: json({ type: 'object', required: ['action'], additionalProperties: false, properties: { action: { enum: ['accept', 'keep'] } } }),
        },
        responses: { '200': { description: 'The review answered.', content: json(ref('TemplateReview')) }, ...errors(400, 401, 403, 404, 409) },
      },
    },
    ...GRIEVANCE_PATHS,
    ...SEARCH_PATHS,
    ...EXPORT_PATHS,
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This description',
        tags: ['offices'],
        security: PUBLIC,
        responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) }, ...errors(404) },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from the account page or `npm run --silent cli -- user token EMAIL`.' },
    },
    responses: {
      BadRequest: { description: 'The input is not valid; `fields` says where.', content: json(ref('Error')) },
      Unauthorized: { description: 'No valid token.', content: json(ref('Error')) },
      Forbidden: { description: "Outside the user's rights.", content: json(ref('Error')) },
      NotFound: { description: 'Not there, or not visible to this reader.', content: json(ref('Error')) },
      Conflict: { description: 'A step the state does not allow, or a published edition.', content: json(ref('Error')) },
      TooMany: { description: 'Too many requests from this address or this mobile number; try again later.', content: json(ref('Error')) },
    },
    schemas: {
      ...GRIEVANCE_SCHEMAS,
      ...SEARCH_SCHEMAS,
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message', 'fields'],
            properties: {
              code: { type: 'string', examples: ['edition.has-errors'] },
              message: { type: 'string' },
              fields: { type: 'object', additionalProperties: { type: 'string' } },
              findings: { type: 'array', items: ref('Finding') },
            },
          },
        },
      },
      Office: {
        type: 'object',
        required: ['id', 'level', 'name', 'nameEn'],
        properties: {
          id: { type: 'integer' },
          parentId: { type: ['integer', 'null'] },
          level: { enum: ['headquarters', 'division', 'district', 'upazila', 'other'] },
          name: { type: 'string' },
          nameEn: { type: 'string' },
          districtCode: { type: ['string', 'null'] },
          upazilaCode: { type: ['string', 'null'] },
          portal: { type: ['string', 'null'] },
          address: { type: ['string', 'null'] },
        },
      },
      Person: {
        type: 'object',
        properties: {
          name: { type: ['string', 'null'] },
          designation: { type: ['string', 'null'] },
          room: { type: ['string', 'null'] },
          phones: { type: 'array', items: { type: 'string' } },
          emails: { type: 'array', items: { type: 'string' } },
        },
      },
      Fee: {
        type: 'object',
        required: ['kind', 'amountTaka', 'text', 'paymentMethod'],
        properties: {
          kind: { enum: ['free', 'amount', 'policy', 'text'] },
          amountTaka: { type: ['number', 'null'] },
          text: { type: 'string' },
          paymentMethod: { type: ['string', 'null'] },
        },
      },
      TimeLimit: {
        type: 'object',
        required: ['immediate', 'workingDays', 'text'],
        properties: { immediate: { type: 'boolean' }, workingDays: { type: ['integer', 'null'] }, text: { type: 'string' } },
      },
      Officer: {
        oneOf: [
          { type: 'null' },
          ref('Person'),
          { type: 'object', required: ['postId'], properties: { postId: { type: 'integer' } }, additionalProperties: false },
        ],
      },
      Service: {
        type: 'object',
        required: ['category', 'serial', 'name', 'fee', 'timeLimit'],
        properties: {
          id: { type: ['integer', 'null'] },
          category: { enum: ['citizen', 'institutional', 'internal'] },
          serial: { type: 'integer' },
          name: { type: 'string' },
          channels: { type: 'array', items: { type: 'string' } },
          documents: { type: 'string' },
          fee: ref('Fee'),
          timeLimit: ref('TimeLimit'),
          responsible: { oneOf: [{ type: 'null' }, ref('Person')] },
          superior: { oneOf: [{ type: 'null' }, ref('Person')] },
          alternate: { oneOf: [{ type: 'null' }, ref('Person')] },
          remarks: { type: 'string' },
        },
      },
      ServicePatch: {
        type: 'object',
        additionalProperties: false,
        properties: {
          category: { enum: ['citizen', 'institutional', 'internal'] },
          serial: { type: 'integer', minimum: 0 },
          name: { type: 'string', minLength: 1 },
          channels: { type: 'array', items: { type: 'string' } },
          documents: { type: 'string' },
          fee: ref('Fee'),
          timeLimit: ref('TimeLimit'),
          responsible: ref('Officer'),
          superior: ref('Officer'),
          alternate: ref('Officer'),
          remarks: { type: 'string' },
          position: { type: 'integer', minimum: 1 },
        },
      },
      ServiceInput: { allOf: [ref('ServicePatch'), { type: 'object', required: ['category', 'name'] }] },
      ServiceAnswer: {
        type: 'object',
        required: ['service', 'findings'],
        properties: { service: ref('Service'), findings: { type: 'array', items: ref('Finding') } },
      },
      Finding: {
        type: 'object',
        required: ['severity', 'code', 'params', 'location'],
        properties: {
          severity: { enum: ['error', 'warning'] },
          code: { type: 'string' },
          params: { type: 'object' },
          location: { type: 'object' },
          message: { type: 'string' },
          where: { type: 'string' },
        },
      },
      GrievanceStep: {
        type: 'object',
        properties: {
          order: { type: 'integer' },
          when: { type: 'string' },
          role: { type: 'string' },
          contact: { oneOf: [{ type: 'null' }, ref('Person')] },
          contactText: { type: 'string' },
          workingDays: { type: ['integer', 'null'] },
        },
      },
      GrievanceStepInput: {
        type: 'object',
        required: ['role'],
        additionalProperties: false,
        properties: {
          order: { type: 'integer', minimum: 1, maximum: 100 },
          when: { type: 'string', maxLength: 1000 },
          role: { type: 'string', minLength: 1, maxLength: 500 },
          contact: ref('Officer'),
          contactText: { type: 'string', maxLength: 2000 },
          workingDays: { type: ['integer', 'null'], minimum: 1, maximum: 365 },
        },
      },
      EditionStatus: { enum: ['draft', 'submitted', 'changes_requested', 'approved', 'published'] },
      Status: { type: 'object', required: ['status'], properties: { status: ref('EditionStatus') } },
      EditionSummary: {
        type: 'object',
        required: ['id', 'number', 'fiscalYear', 'quarter', 'status'],
        properties: {
          id: { type: 'integer' },
          number: { type: 'integer' },
          fiscalYear: { type: 'integer', description: 'The calendar year the fiscal year (July–June) starts in.' },
          quarter: { type: 'integer', minimum: 1, maximum: 4 },
          status: ref('EditionStatus'),
          createdAt: { type: 'string', format: 'date-time' },
          publishedAt: { type: ['string', 'null'], format: 'date-time' },
          knownProblems: { type: 'integer' },
        },
      },
      PublicCharter: {
        type: 'object',
        required: ['office', 'services', 'edition'],
        properties: {
          office: { type: 'object' },
          vision: { type: 'string' },
          mission: { type: 'string' },
          services: { type: 'array', items: ref('Service') },
          expectations: { type: 'array', items: { type: 'string' } },
          grievanceSteps: { type: 'array', items: ref('GrievanceStep') },
          edition: ref('EditionSummary'),
        },
      },
      Edition: {
        type: 'object',
        required: ['services'],
        description: 'For those who may read drafts: status, findings (in `charter.findings`) and comments; for others the public charter.',
        properties: {
          id: { type: 'integer' },
          status: ref('EditionStatus'),
          services: { type: 'array', items: ref('Service') },
          charter: { type: 'object' },
          comments: { type: 'array', items: ref('Comment') },
        },
      },
      EditionPatch: {
        type: 'object',
        additionalProperties: false,
        properties: {
          title: { type: ['string', 'null'] },
          vision: { type: 'string' },
          mission: { type: 'string' },
          expectations: { type: 'array', items: { type: 'string' } },
          issueDate: { type: ['string', 'null'], format: 'date' },
          fiscalYear: { type: 'integer' },
          quarter: { type: 'integer', minimum: 1, maximum: 4 },
        },
      },
      CommentInput: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 4000 },
          serviceId: { type: 'integer' },
          field: { type: 'string' },
          replyTo: { type: 'integer' },
        },
      },
      Comment: {
        type: 'object',
        required: ['id', 'text', 'author', 'createdAt'],
        properties: {
          id: { type: 'integer' },
          serviceId: { type: ['integer', 'null'] },
          field: { type: ['string', 'null'] },
          text: { type: 'string' },
          author: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      TemplateValues: {
        type: 'object',
        required: ['category', 'name'],
        properties: {
          category: { enum: ['citizen', 'institutional', 'internal'] },
          name: { type: 'string', minLength: 1 },
          channels: { type: 'array', items: { type: 'string' } },
          documents: { type: 'string' },
          fee: ref('Fee'),
          timeLimit: ref('TimeLimit'),
        },
      },
      TemplateService: {
        allOf: [ref('TemplateValues'), { type: 'object', required: ['id', 'version'], properties: { id: { type: 'integer' }, version: { type: 'integer' } } }],
      },
      TemplateSaved: {
        type: 'object',
        required: ['id', 'version', 'promiseChanged'],
        properties: { id: { type: 'integer' }, version: { type: 'integer' }, promiseChanged: { type: 'boolean' } },
      },
      TemplateReview: {
        type: 'object',
        required: ['serviceId', 'name', 'fromVersion', 'toVersion', 'changes'],
        properties: {
          serviceId: { type: 'integer' },
          name: { type: 'string' },
          templateServiceId: { type: 'integer' },
          fromVersion: { type: 'integer' },
          toVersion: { type: 'integer' },
          changes: { type: 'array', items: { type: 'object', required: ['path'], properties: { path: { type: 'string' }, before: {}, after: {} } } },
        },
      },
      Diff: {
        type: 'object',
        required: ['summary', 'fields', 'services'],
        properties: {
          summary: { type: 'object', additionalProperties: { type: 'integer' } },
          fields: { type: 'array', items: { type: 'object', required: ['path'], properties: { path: { type: 'string' }, before: {}, after: {} } } },
          services: {
            type: 'object',
            properties: { added: { type: 'array' }, removed: { type: 'array' }, moved: { type: 'array' }, changed: { type: 'array' } },
          },
        },
      },
    },
  },
} as const;
