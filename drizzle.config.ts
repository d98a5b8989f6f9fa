// drizzle-kit: generates SQL migrations from src/db/schema.ts into src/db/migrations (committed, reviewed).
export default {
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
};
