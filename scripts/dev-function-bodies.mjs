// `npm run dev`: @netlify/vite-plugin hands a request to a function through @netlify/functions-dev,
// which reads the body with `request.text()` (as UTF-8) and then, for every content type Netlify
// passes base64-encoded (multipart/form-data, application/octet-stream, none …), tells the function
// that this text IS base64: the function gets the base64-decoding of text that never was base64, so an
// uploaded file arrives as garbage (seen with @netlify/functions-dev 2.0.8). Netlify itself and
// `netlify serve` encode the raw bytes instead. This wraps the plugin's middleware so that such a body
// reaches it already base64-encoded: the emulator's decoding then gives the function the exact bytes.
// Text bodies (forms, JSON) are left alone: the emulator passes them through unchanged.
import { Readable } from 'node:stream';
import { shouldBase64Encode } from '@netlify/dev-utils';

/** Whether the emulator will hand this request's body to a function as base64. */
export const passedAsBase64 = (req) =>
  req.method !== 'GET' && req.method !== 'HEAD' && shouldBase64Encode(req.headers['content-type'] ?? '');

/**
 * The request as the emulator reads it (url, method, headers, socket), whose body is the base64 text
 * of the original body. The original is only read once the emulator reads the body, i.e. when a
 * function handles the request; otherwise the next middleware gets it untouched.
 */
export function withBase64Body(req) {
  let reading = false;
  const body = new Readable({
    read() {
      if (reading) return;
      reading = true;
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.once('end', () => {
        body.push(Buffer.concat(chunks).toString('base64'));
        body.push(null);
      });
      req.once('error', (error) => body.destroy(error));
    },
  });
  const { url, method, headers, rawHeaders, httpVersion, httpVersionMajor, httpVersionMinor, socket } = req;
  return Object.assign(body, { url, method, headers, rawHeaders, httpVersion, httpVersionMajor, httpVersionMinor, socket });
}

/** The plugins of `netlify()`, each middleware they install receiving such a request. */
export function withExactFunctionBodies(plugins) {
  return plugins.map((plugin) => {
    if (typeof plugin.configureServer !== 'function') return plugin;
    return {
      ...plugin,
      configureServer(server) {
        const middlewares = {
          use: (...args) =>
            server.middlewares.use(
              ...args.map((handler) =>
                typeof handler === 'function' ? (req, res, next) => handler(passedAsBase64(req) ? withBase64Body(req) : req, res, next) : handler,
              ),
            ),
        };
        return plugin.configureServer.call(this, Object.create(server, { middlewares: { value: middlewares } }));
      },
    };
  });
}
