// The grievance routes of the OpenAPI description: filing and following need no sign-in (the tracking number
// and the mobile prove the complainant); reading and handling need an officer's token.
import { PUBLIC, SIGNED_IN, errors, idParam, json, ref } from './openapi-parts.ts';

const grievanceId = idParam('id', 'The grievance id.');
const isoDate = { type: 'string', format: 'date' };
const nullableDate = { type: ['string', 'null'], format: 'date' };
const status = { type: 'string', enum: ['received', 'investigating', 'hearing', 'clarification', 'resolved', 'rejected', 'closed'] };
const level = { type: 'string', enum: ['officer', 'appeal', 'cell'] };
const action = {
  type: 'string',
  enum: ['investigate', 'hearing', 'resolve', 'reject', 'forward', 'clarify', 'answer', 'appeal', 'satisfied', 'escalate', 'file', 'redate'],
};
const explanation = { type: ['object', 'null'], description: 'How the last day was counted, run by run (receipt, days closed, working days).' };

export const GRIEVANCE_PATHS = {
  '/api/grievances': {
    post: {
      operationId: 'fileGrievance',
      summary: 'File a grievance',
      description:
        'No sign-in. The tracking number goes to the mobile by SMS (and to the e-mail). A grievance like an open one from the same mobile (same office and service) is filed and linked to it for the officers; more than five a day from one mobile is 429. Acts for nobody: a session or token is ignored.',
      tags: ['grievances'],
      security: PUBLIC,
      requestBody: { required: true, content: json(ref('GrievanceInput')) },
      responses: {
        '201': {
          description: 'Filed.',
          content: json({
            type: 'object',
            required: ['id', 'trackingNumber', 'status', 'dueOn'],
            properties: {
              id: { type: 'integer' },
              trackingNumber: { type: 'string', pattern: '^\\d{10}$' },
              status: { const: 'received' },
              dueOn: isoDate,
              statusUrl: { type: 'string' },
            },
          }),
        },
        ...errors(400, 404, 429),
      },
    },
  },
  '/api/grievances/status': {
    get: {
      operationId: 'grievanceStatus',
      summary: "A grievance's status, for its complainant",
      description:
        'Found by tracking number and mobile together; any other pair is 404, and after five wrong mobiles with one number its lookups are refused for an hour (429). Never shows who filed it.',
      tags: ['grievances'],
      security: PUBLIC,
      parameters: [
        {
          name: 'tracking',
          in: 'query',
          required: true,
          description: 'The tracking number (separators and Bengali digits are fine).',
          schema: { type: 'string' },
        },
        { name: 'mobile', in: 'query', required: true, description: 'The mobile number it was filed with.', schema: { type: 'string' } },
      ],
      responses: { '200': { description: 'The status.', content: json(ref('GrievanceStatus')) }, ...errors(404, 429) },
    },
  },
  '/api/grievances/status/steps': {
    post: {
      operationId: 'complainantStep',
      summary: "The complainant's step: answer a question, appeal a decision, or accept it",
      tags: ['grievances'],
      security: PUBLIC,
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['tracking', 'mobile', 'action'],
          properties: {
            tracking: { type: 'string' },
            mobile: { type: 'string' },
            action: { type: 'string', enum: ['answer', 'appeal', 'satisfied'] },
            note: { type: 'string' },
          },
        }),
      },
      responses: { '200': { description: 'The status after the step.', content: json(ref('GrievanceStatus')) }, ...errors(400, 404, 409) },
    },
  },
  '/api/offices/{id}/grievances': {
    get: {
      operationId: 'listGrievances',
      summary: "An office's grievances, newest first (never who filed them)",
      tags: ['grievances'],
      security: SIGNED_IN,
      parameters: [
        idParam('id', 'The office id.'),
        { name: 'open', in: 'query', required: false, description: '1: open ones only.', schema: { type: 'string', enum: ['1'] } },
      ],
      responses: {
        '200': {
          description: 'The grievances.',
          content: json({
            type: 'object',
            required: ['officeId', 'grievances'],
            properties: {
              officeId: { type: 'integer' },
              grievances: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'trackingNumber', 'status', 'level', 'dueOn', 'overdue'],
                  properties: {
                    id: { type: 'integer' },
                    trackingNumber: { type: 'string' },
                    serviceName: { type: 'string' },
                    status,
                    level,
                    dueOn: nullableDate,
                    receivedAt: { type: 'string', format: 'date-time' },
                    overdue: { type: 'boolean' },
                  },
                },
              },
            },
          }),
        },
        ...errors(401, 403, 404),
      },
    },
  },
  '/api/grievances/{id}': {
    get: {
      operationId: 'getGrievance',
      summary: 'One grievance, for an officer',
      description:
        'The officers who handle it (grievance officer of the office, appeal officers above) see who filed it, and each such read is in the audit log; other officers of the office and above see a mask; others get 404.',
      tags: ['grievances'],
      security: SIGNED_IN,
      parameters: [grievanceId],
      responses: { '200': { description: 'The grievance.', content: json(ref('Grievance')) }, ...errors(401, 404) },
    },
  },
  '/api/grievances/{id}/steps': {
    post: {
      operationId: 'grievanceStep',
      summary: "An officer's step",
      description:
        'investigate, hearing, resolve and reject (with the answer), clarify (stops the clock), forward (to `toOfficeId`; the count restarts there). The first level needs the grievance officer, later ones the appeal officer.',
      tags: ['grievances'],
      security: SIGNED_IN,
      parameters: [grievanceId],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['action'],
          properties: {
            action: { type: 'string', enum: ['investigate', 'hearing', 'resolve', 'reject', 'clarify', 'forward'] },
            note: { type: 'string', maxLength: 5000 },
            toOfficeId: { type: ['integer', 'null'] },
          },
        }),
      },
      responses: { '200': { description: 'The grievance after the step.', content: json(ref('Grievance')) }, ...errors(400, 401, 403, 404, 409) },
    },
  },
  '/api/grievances/{id}/dossier': {
    get: {
      operationId: 'grievanceDossier',
      summary: "The hand-off dossier for the Cabinet Division's cell",
      tags: ['grievances'],
      security: SIGNED_IN,
      parameters: [grievanceId],
      responses: {
        '200': {
          description: 'The whole grievance with who filed it (the read is logged).',
          content: json({
            type: 'object',
            required: ['kind', 'madeAt', 'grievance'],
            properties: { kind: { const: 'grievance-dossier' }, madeAt: { type: 'string' }, for: { type: 'string' }, grievance: ref('Grievance') },
          }),
        },
        ...errors(401, 403, 404),
      },
    },
  },
} as const;

export const GRIEVANCE_SCHEMAS = {
  GrievanceInput: {
    type: 'object',
    required: ['officeId', 'name', 'mobile', 'description'],
    properties: {
      officeId: { type: 'integer' },
      serviceId: { type: ['integer', 'null'], description: "A service row of the office's current charter." },
      name: { type: 'string', maxLength: 200 },
      mobile: { type: 'string', description: 'A Bangladesh mobile number, any common form.' },
      email: { type: ['string', 'null'] },
      address: { type: ['string', 'null'], maxLength: 500 },
      description: { type: 'string', minLength: 10, maxLength: 5000 },
      remedy: { type: ['string', 'null'], maxLength: 2000 },
      anonymous: {
        type: 'boolean',
        default: true,
        description:
          'true (the default): publish nothing of what was written; false: it may be published without the name, address and contacts. The officers who handle it always see who filed it.',
      },
    },
  },
  GrievanceStatus: {
    type: 'object',
    required: ['trackingNumber', 'office', 'status', 'level', 'receivedAt', 'dueOn', 'overdue', 'answer', 'may', 'events'],
    properties: {
      trackingNumber: { type: 'string' },
      office: { type: 'object', properties: { id: { type: 'integer' }, nameBn: { type: 'string' }, nameEn: { type: 'string' } } },
      service: { type: 'string' },
      status,
      level,
      receivedAt: { type: 'string', format: 'date-time' },
      dueOn: nullableDate,
      overdue: { type: 'boolean' },
      answer: { type: 'string', description: "The office's decision or question, contacts taken out." },
      may: { type: 'object', properties: { answer: { type: 'boolean' }, appeal: { type: 'boolean' }, accept: { type: 'boolean' } } },
      events: {
        type: 'array',
        items: {
          type: 'object',
          properties: { at: { type: 'string', format: 'date-time' }, action, status: { type: 'string' }, level, note: { type: 'string' }, dueOn: nullableDate },
        },
      },
      explanation,
    },
  },
  Grievance: {
    type: 'object',
    required: ['id', 'trackingNumber', 'office', 'complainant', 'description', 'status', 'level', 'dueOn', 'chain', 'events'],
    properties: {
      id: { type: 'integer' },
      trackingNumber: { type: 'string' },
      office: { type: 'object', properties: { id: { type: 'integer' }, nameBn: { type: 'string' }, nameEn: { type: 'string' } } },
      service: { type: 'object', properties: { id: { type: ['integer', 'null'] }, name: { type: 'string' }, code: { type: ['string', 'null'] } } },
      complainant: {
        type: 'object',
        description: 'Masked (•••) for officers who do not handle it.',
        properties: {
          name: { type: 'string' },
          mobile: { type: ['string', 'null'] },
          email: { type: ['string', 'null'] },
          address: { type: ['string', 'null'] },
          anonymous: { type: 'boolean' },
          masked: { type: 'boolean' },
          anonymised: { type: 'boolean' },
        },
      },
      description: { type: 'string' },
      remedy: { type: 'string' },
      status,
      level,
      countFrom: isoDate,
      countDays: { type: 'integer' },
      dueOn: nullableDate,
      remainingDays: { type: ['integer', 'null'] },
      overdue: { type: 'boolean' },
      chain: {
        type: 'array',
        items: {
          type: 'object',
          properties: { level, workingDays: { type: 'integer' }, role: { type: 'string' }, contactText: { type: 'string' }, fromCharter: { type: 'boolean' } },
        },
      },
      answer: { type: 'string' },
      mayAct: { type: 'boolean' },
      events: {
        type: 'array',
        items: {
          type: 'object',
          properties: { at: { type: 'string' }, action, toStatus: { type: 'string' }, level, actor: { type: 'string' }, note: { type: 'string' } },
        },
      },
      attachments: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'integer' }, fileName: { type: 'string' }, mediaType: { type: 'string' }, size: { type: 'integer' } },
        },
      },
      explanation,
    },
  },
} as const;
