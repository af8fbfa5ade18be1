// The human-readable API reference: Swagger UI (served from its WebJar, no CDN) reading the
// server's own OpenAPI document. "Try it out" sends real requests with the reader's session.
/* global SwaggerUIBundle */
SwaggerUIBundle({
  url: '/api/v1/openapi',
  dom_id: '#api-reference',
  deepLinking: true,
  defaultModelsExpandDepth: 0,
  docExpansion: 'list',
  filter: true,
  tryItOutEnabled: false,
});
