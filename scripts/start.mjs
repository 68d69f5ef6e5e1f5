// `npm start`: serves the demo page (a partner's CMS article with the three elements) and prints its URL.
import { createServer } from 'vite';

const server = await createServer({ server: { port: Number(process.env.PORT) || 5173 } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
console.log(`\n  iclei-embeds demo page: ${base}demo/\n  Storybook: npm run storybook\n`);
