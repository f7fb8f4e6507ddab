// `npm run dev`: @netlify/vite-plugin starts Netlify Database's embedded engine (data under
// .netlify/db/) and puts its address in NETLIFY_DB_URL, but does not apply migrations. This Vite plugin,
// listed after it in astro.config.mjs, applies netlify/database/migrations and seeds the development
// accounts before the first request, so a fresh clone needs nothing else.
import { migrate, seedDevAccounts, DEV_ACCOUNTS } from './database.mjs';

export function devDatabase() {
  return {
    name: 'buddywerking:dev-database',
    /** @param {import('vite').ViteDevServer} server */
    async configureServer(server) {
      const logger = server.config.logger;
      const url = process.env.NETLIFY_DB_URL;
      if (!server.httpServer) return;
      if (!url) {
        logger.error('[database] NETLIFY_DB_URL ontbreekt: de lokale database van @netlify/vite-plugin startte niet (zie hierboven).');
        return;
      }
      // The embedded engine serves every connection from one session: one connection per pool.
      process.env.DB_POOL_MAX ??= '1';
      const applied = await migrate(url);
      await seedDevAccounts(url);
      logger.info(
        `[database] ${applied.length ? `migraties toegepast: ${applied.join(', ')}` : 'migraties up-to-date'}; ` +
          `dev-accounts: ${DEV_ACCOUNTS.admin} (beheerder), ${DEV_ACCOUNTS.coordinator} (${DEV_ACCOUNTS.programme}); inloglinks in .outbox/`,
      );
    },
  };
}
