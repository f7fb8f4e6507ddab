/**
 * The editors' CMS at /admin/: Decap bundled with the site (no CDN), configured from the content
 * model (admin/config.ts), with previews in the site's own stylesheet and a schema check before
 * every save (admin/validate.ts).
 */
import { fromJS, type Map as ImmutableMap } from 'immutable';
import globalCss from '../src/styles/global.css?url';
import { cmsConfig } from './config';
import { pruneEmpty, validateEntry } from './validate';
import { FORMATS, frontmatterFormat, yamlFormat } from './formats';
import { withOverrides } from './locale';
import { HandbookPreview, LessonPreview, MunicipalityPreview, PracticePreview, TemplatePreview } from './previews';

declare global {
  interface Window {
    netlifyIdentity?: { init(options?: object): void; on(event: string, cb: (user?: unknown) => void): void };
  }
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

async function start() {
  // Production login: Netlify Identity's widget (bundled), which also handles the invitation and
  // password-reset links (#invite_token=…, #recovery_token=…). Decap's git-gateway backend picks it
  // up from window.netlifyIdentity when it loads, so it must be there first. Locally decap-server is
  // the backend and the widget would only ask for a Netlify site address.
  if (!LOCAL_HOSTS.includes(location.hostname)) {
    const { default: identity } = await import('netlify-identity-widget');
    window.netlifyIdentity = identity;
    identity.init({ locale: 'nl' });
  }
  const { default: CMS } = await import('decap-cms-app');

  CMS.registerLocale('nl', withOverrides(CMS.getLocale('nl') as Parameters<typeof withOverrides>[0]));
  CMS.registerCustomFormat(FORMATS.frontmatter, 'md', frontmatterFormat);
  CMS.registerCustomFormat(FORMATS.yaml, 'yaml', yamlFormat);
  CMS.registerPreviewStyle(globalCss);
  CMS.registerPreviewTemplate('practices', PracticePreview as never);
  CMS.registerPreviewTemplate('municipalities', MunicipalityPreview as never);
  CMS.registerPreviewTemplate('handbooks', HandbookPreview as never);
  CMS.registerPreviewTemplate('lessons', LessonPreview as never);
  CMS.registerPreviewTemplate('templates', TemplatePreview as never);

  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection') as string;
      const data = pruneEmpty((entry.get('data') as ImmutableMap<string, unknown>).toJS() as Record<string, unknown>);
      const errors = validateEntry(collection, data);
      // Decap shows the message in its "Kan item niet opslaan" notice and keeps the draft.
      if (errors.length > 0) throw new Error(errors.join(' — '));
      return fromJS(data);
    },
  });

  CMS.init({ config: cmsConfig() as never });
}

start();
