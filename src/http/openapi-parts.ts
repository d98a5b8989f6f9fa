// The building blocks of the OpenAPI description, shared by its files.
export const json = (schema: object) => ({ 'application/json': { schema } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        $ref: `#/components/responses/${{ 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 429: 'TooMany' }[code] ?? 'BadRequest'}`,
      },
    ]),
  );
export const idParam = (name: string, what: string) => ({ name, in: 'path', required: true, description: what, schema: { type: 'integer', minimum: 1 } });
export const PUBLIC: never[] = [];
export const EITHER = [{}, { bearerAuth: [] }];
export const SIGNED_IN = [{ bearerAuth: [] }];
