import { preparePgliteTemplate, preparePostgresTemplate } from "./helpers/test-db-template";

/** Runs once per `vitest run`: migrates a template database that each test file copies. */
export default async function setup(): Promise<void> {
  // The PGlite template is needed in both modes: tests of `npm start` may use an embedded database.
  await preparePgliteTemplate();
  if (process.env.DATABASE_URL) await preparePostgresTemplate(process.env.DATABASE_URL);
}
